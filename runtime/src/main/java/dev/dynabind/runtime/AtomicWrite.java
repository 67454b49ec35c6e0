package dev.dynabind.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Several atomic writes, of one or more locked tables, applied together in one TransactWriteItems:
 * either every item is written and every lock advanced, or nothing changes. Made by
 * {@link Dynabind#atomic()}; not thread-safe, use one per unit of work.
 *
 * <pre>{@code
 * List<Lock<?>> next = db.atomic()
 *     .set(accounts, from.withBalance(from.balance() - 10), fromLock)
 *     .set(accounts, to.withBalance(to.balance() + 10), toLock)
 *     .commit();
 * }</pre>
 *
 * <p>DynamoDB allows 100 actions and 4 MB per transaction; each item takes two actions (the item
 * and its lock), so at most {@value AtomicTransaction#MAX_ITEMS} items. The limits are checked
 * before anything is sent.
 */
public final class AtomicWrite {
  private final Dynabind db;
  private final List<AtomicAction<?>> actions = new ArrayList<>();
  private final List<Consumer<BatchContext>> afterCommit = new ArrayList<>();

  AtomicWrite(Dynabind db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  /**
   * Adds an item to write, conditioned on its lock. The item and lock are validated now.
   *
   * @param repository the item's repository; made with the same client as this write's
   *     {@link Dynabind}
   * @param item the item to write
   * @param lock the item's current lock
   * @param <R> the record type
   * @param <K> the key type
   * @return this write
   * @throws IllegalArgumentException when the lock belongs to another key, the repository uses
   *     another client, the item is already part of this write, or the write would exceed
   *     DynamoDB's limits
   * @throws RaceConditionException when the lock has already expired
   */
  public <R, K> AtomicWrite set(LockedRepository<R, K> repository, R item, Lock<K> lock) {
    Objects.requireNonNull(repository, "repository");
    if (repository.db().client() != db.client()) {
      throw new IllegalArgumentException("repository of table '" + repository.tableName()
          + "' uses another DynamoDbClient; one transaction goes through one client");
    }
    List<AtomicAction<?>> next = new ArrayList<>(actions);
    next.add(repository.prepareAtomic(item, lock));
    AtomicTransaction.check(next);
    actions.add(next.get(next.size() - 1));
    // A batch context open at commit time must see these items as written.
    afterCommit.add(context -> context.loader(repository.db()).written(repository, item));
    return this;
  }

  /**
   * How many items this write holds.
   *
   * @return the count
   */
  public int size() {
    return actions.size();
  }

  /**
   * Writes every item and advances every lock in one transaction.
   *
   * @return the new locks, in the order the items were set
   * @throws IllegalArgumentException when nothing was set
   * @throws RaceConditionException when a lock was stale or has expired; nothing was applied and
   *     {@link RaceConditionException#staleLocks()} names the stale ones
   */
  public List<Lock<?>> commit() {
    for (AtomicAction<?> action : actions) {
      // Checked again because time passed since set(); see Lock on why expired locks prove nothing.
      if (!db.clock().instant().isBefore(action.oldLock().expiresAt())) {
        throw new RaceConditionException("the lock of " + action.renderedKey() + " in table '"
            + action.tableName() + "' expired at " + action.oldLock().expiresAt()
            + " before the atomic write was committed; nothing was sent",
            List.of(action.oldLock()), null);
      }
    }
    AtomicTransaction.commit(db.client(), actions);
    BatchContext context = BatchContext.currentOrNull();
    if (context != null) {
      afterCommit.forEach(update -> update.accept(context));
    }
    List<Lock<?>> locks = new ArrayList<>(actions.size());
    for (AtomicAction<?> action : actions) {
      locks.add(action.newLock());
    }
    return locks;
  }
}
