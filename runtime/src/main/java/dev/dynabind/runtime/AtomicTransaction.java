package dev.dynabind.runtime;

import dev.dynabind.runtime.internal.op.Pipeline;
import dev.dynabind.runtime.internal.op.TransactWriteOperation;
import dev.dynabind.runtime.internal.table.ItemId;
import dev.dynabind.runtime.internal.table.ItemSize;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Sends prepared atomic actions as one TransactWriteItems after checking DynamoDB's limits, and
 * turns a cancellation caused by stale locks into a {@link RaceConditionException}. Internal.
 */
final class AtomicTransaction {
  /** DynamoDB's cap on actions in one TransactWriteItems; every item here takes two. */
  static final int MAX_ACTIONS = 100;
  /** Items per transaction, each one with its lock. */
  static final int MAX_ITEMS = MAX_ACTIONS / 2;
  /** DynamoDB's cap on the total size of one transaction. */
  static final long MAX_BYTES = 4L * 1024 * 1024;

  private AtomicTransaction() {}

  /**
   * Checks the limits, then writes every action or none.
   *
   * @throws IllegalArgumentException when a limit is exceeded or an item is set twice; nothing sent
   * @throws RaceConditionException when a lock was stale; nothing applied
   */
  static void commit(Pipeline pipeline, List<AtomicAction<?>> actions) {
    check(actions);
    List<TransactWriteItem> items = new ArrayList<>(actions.size() * 2);
    for (AtomicAction<?> action : actions) {
      items.add(action.itemPut());
      items.add(action.lockPut());
    }
    List<String> keys = new ArrayList<>(actions.size());
    for (AtomicAction<?> action : actions) {
      keys.add(action.renderedKey());
    }
    pipeline.run(new TransactWriteOperation(items, String.join(", ", keys),
        canceled -> raceOrRethrow(actions, canceled)));
  }

  static void check(List<AtomicAction<?>> actions) {
    if (actions.isEmpty()) {
      throw new IllegalArgumentException("an atomic write needs at least one item");
    }
    if (actions.size() > MAX_ITEMS) {
      throw new IllegalArgumentException("an atomic write holds at most " + MAX_ITEMS
          + " items (" + MAX_ACTIONS + " TransactWriteItems actions, two per item), got "
          + actions.size());
    }
    // By value, not by rendered text: 1.50 and 1.5 are one item to DynamoDB, which would reject
    // the whole transaction for it.
    Set<ItemId> seen = new HashSet<>();
    long total = 0;
    for (AtomicAction<?> action : actions) {
      if (!seen.add(action.id())) {
        throw new IllegalArgumentException("item " + action.renderedKey() + " of table '"
            + action.tableName() + "' is set twice in one atomic write; DynamoDB rejects that");
      }
      long size = ItemSize.of(action.item());
      if (size > ItemSize.MAX_BYTES) {
        throw new IllegalArgumentException("item " + action.renderedKey() + " of table '"
            + action.tableName() + "' is about " + size + " bytes; DynamoDB allows "
            + ItemSize.MAX_BYTES);
      }
      total += size + ItemSize.of(action.lockItem());
    }
    if (total > MAX_BYTES) {
      throw new IllegalArgumentException("an atomic write of " + actions.size()
          + " items is about " + total + " bytes; one transaction allows " + MAX_BYTES);
    }
  }

  /**
   * Reasons line up with the actions sent: action 2i is item i, action 2i+1 its lock. A failed
   * lock condition or a conflict with another transaction on either of them is a lost race.
   */
  private static RuntimeException raceOrRethrow(
      List<AtomicAction<?>> actions, TransactionCanceledException canceled) {
    List<CancellationReason> reasons =
        canceled.hasCancellationReasons() ? canceled.cancellationReasons() : List.of();
    List<Lock<?>> stale = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < reasons.size() && i / 2 < actions.size(); i++) {
      String code = reasons.get(i).code();
      if ("ConditionalCheckFailed".equals(code) || "TransactionConflict".equals(code)) {
        AtomicAction<?> action = actions.get(i / 2);
        if (!stale.contains(action.oldLock())) {
          stale.add(action.oldLock());
          keys.add(action.tableName() + " " + action.renderedKey());
        }
      }
    }
    if (stale.isEmpty()) {
      return canceled;
    }
    return new RaceConditionException("Lost a race: the lock of " + String.join(", ", keys)
        + " changed since it was read; nothing of the atomic write was applied", stale, canceled);
  }
}
