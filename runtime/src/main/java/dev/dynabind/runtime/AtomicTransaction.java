package dev.dynabind.runtime;

import dev.dynabind.runtime.internal.op.Pipeline;
import dev.dynabind.runtime.internal.op.TransactWriteOperation;
import dev.dynabind.runtime.internal.table.ItemId;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
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
  /** DynamoDB's cap on one item. */
  static final long MAX_ITEM_BYTES = 400L * 1024;

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
      long size = size(action.item());
      if (size > MAX_ITEM_BYTES) {
        throw new IllegalArgumentException("item " + action.renderedKey() + " of table '"
            + action.tableName() + "' is about " + size + " bytes; DynamoDB allows "
            + MAX_ITEM_BYTES);
      }
      total += size + size(action.lockItem());
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

  /**
   * An upper estimate of DynamoDB's item size: attribute names and values in UTF-8, numbers by
   * their digits, a few bytes per list or map. Only used to refuse before sending.
   */
  static long size(Map<String, AttributeValue> item) {
    long size = 0;
    for (Map.Entry<String, AttributeValue> entry : item.entrySet()) {
      size += utf8(entry.getKey()) + size(entry.getValue());
    }
    return size;
  }

  private static long size(AttributeValue value) {
    return switch (value.type()) {
      case S -> utf8(value.s());
      case N -> value.n().length();
      case B -> value.b().asByteArrayUnsafe().length;
      case SS -> value.ss().stream().mapToLong(AtomicTransaction::utf8).sum();
      case NS -> value.ns().stream().mapToLong(String::length).sum();
      case BS -> value.bs().stream().mapToLong(b -> b.asByteArrayUnsafe().length).sum();
      case M -> 3 + size(value.m());
      case L -> 3 + value.l().stream().mapToLong(v -> 1 + size(v)).sum();
      default -> 1;
    };
  }

  private static long utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }
}
