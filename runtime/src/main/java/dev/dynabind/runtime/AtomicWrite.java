package dev.dynabind.runtime;

import dev.dynabind.runtime.internal.config.Arguments;
import dev.dynabind.runtime.internal.table.ItemId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
  private final List<Written<?>> written = new ArrayList<>();

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
    Arguments.required(repository, "repository");
    if (repository.db().client() != db.client()) {
      throw new IllegalArgumentException("repository of table '" + repository.tableName()
          + "' uses another DynamoDbClient; one transaction goes through one client");
    }
    List<AtomicAction<?>> next = new ArrayList<>(actions);
    AtomicAction<K> action = repository.prepareAtomic(item, lock);
    next.add(action);
    AtomicTransaction.check(next);
    actions.add(action);
    written.add(new Written<>(repository, action.id(), item));
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
   * @throws BatchContextRequiredException in strict mode outside a batch context
   */
  public List<Lock<?>> commit() {
    BatchContext context = db.contextOrCheckStrict();
    for (AtomicAction<?> action : actions) {
      // Checked again because time passed since set(); see Lock on why expired locks prove nothing.
      if (!db.clock().instant().isBefore(action.oldLock().expiresAt())) {
        throw new RaceConditionException("the lock of " + action.renderedKey() + " in table '"
            + action.tableName() + "' expired at " + action.oldLock().expiresAt()
            + " before the atomic write was committed; nothing was sent",
            List.of(action.oldLock()), null);
      }
    }
    try {
      AtomicTransaction.commit(db.pipeline(), actions);
    } catch (RuntimeException | Error e) {
      if (context != null) {
        written.forEach(w -> w.forget(context));
      }
      throw e;
    }
    if (context != null) {
      written.forEach(w -> w.store(context));
    }
    List<Lock<?>> locks = new ArrayList<>(actions.size());
    for (AtomicAction<?> action : actions) {
      locks.add(action.newLock());
    }
    return locks;
  }

  /**
   * An item of this write, for the batch context cache: stored once the commit succeeded,
   * forgotten when it failed (a lost response may hide an applied commit).
   */
  private record Written<R>(LockedRepository<R, ?> repository, ItemId id, R item) {
    void store(BatchContext context) {
      context.loader(repository.db()).stored(repository.codec(), id, Optional.of(item));
    }

    void forget(BatchContext context) {
      context.loader(repository.db()).evict(repository.codec(), id);
    }
  }
}
