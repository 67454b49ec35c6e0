package dev.dynabind.runtime;

import dev.dynabind.runtime.internal.config.Arguments;
import java.util.ArrayList;
import java.util.List;

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
 * and its lock), so at most {@value #MAX_ITEMS} items. The limits are checked
 * before anything is sent.
 */
public final class AtomicWrite {
  /** Items per transaction, each one with its lock. */
  static final int MAX_ITEMS = Transaction.MAX_ACTIONS / 2;

  private final Transaction transaction;
  private final List<Lock<?>> newLocks = new ArrayList<>();

  AtomicWrite(Dynabind db) {
    this.transaction = new Transaction(db, "atomic write");
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
    if (newLocks.size() >= MAX_ITEMS) {
      throw new IllegalArgumentException("an atomic write holds at most " + MAX_ITEMS
          + " items (" + Transaction.MAX_ACTIONS + " TransactWriteItems actions, two per item),"
          + " got " + (newLocks.size() + 1));
    }
    newLocks.add(transaction.addAtomic(repository, item, lock));
    return this;
  }

  /**
   * How many items this write holds.
   *
   * @return the count
   */
  public int size() {
    return newLocks.size();
  }

  /**
   * Writes every item and advances every lock in one transaction. Inside a batch context the
   * cache then holds the items written; after a failure it forgets them.
   *
   * @return the new locks, in the order the items were set
   * @throws IllegalArgumentException when nothing was set
   * @throws RaceConditionException when a lock was stale or has expired; nothing was applied and
   *     {@link RaceConditionException#staleLocks()} names the stale ones
   * @throws BatchContextRequiredException in strict mode outside a batch context
   */
  public List<Lock<?>> commit() {
    if (newLocks.isEmpty()) {
      throw new IllegalArgumentException("an atomic write needs at least one item");
    }
    transaction.commit();
    return List.copyOf(newLocks);
  }
}
