package dev.dynabind.runtime.internal.txn;

import dev.dynabind.runtime.ItemDecodeException;
import dev.dynabind.runtime.Lock;
import dev.dynabind.runtime.RaceConditionException;
import dev.dynabind.runtime.Transaction;
import dev.dynabind.runtime.internal.context.ContextLoader;
import dev.dynabind.runtime.internal.op.TransactActions;
import dev.dynabind.runtime.internal.table.ItemId;
import dev.dynabind.runtime.spi.TableCodec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * The actions of one transaction, each checked when it is added against DynamoDB's limits and the
 * actions before it: at most {@link Transaction#MAX_ACTIONS} DynamoDB actions, at most
 * {@link Transaction#MAX_BYTES} in all, no item twice. A refused action leaves the plan as it was. Not thread-safe.
 */
public final class TransactionPlan {
  private static final int MAX_ACTIONS = Transaction.MAX_ACTIONS;
  private static final long MAX_BYTES = Transaction.MAX_BYTES;

  private final List<TransactionAction> actions = new ArrayList<>();
  /** Every item an action acts on, with that action's index. */
  private final Map<ItemId, Integer> items = new HashMap<>();
  /** What messages call this: a transaction, or the atomic write built on it. */
  private final String noun;
  private int parts;
  private long bytes;

  /**
   * An empty plan.
   *
   * @param noun what messages call the transaction
   */
  public TransactionPlan(String noun) {
    this.noun = noun;
  }

  /**
   * What preparing an action produced: the DynamoDB actions and the key of the item each acts on
   * (the action's own item first), what the cache learns, and the lock of a {@code setAtomic}.
   *
   * @param keys the key of the item of each part
   * @param parts the DynamoDB actions
   * @param stored the item stored after a commit, as {@link TransactionAction#stored()}
   * @param oldLock the lock of a {@code setAtomic}, else null
   * @param written whether the action writes its item
   */
  public record Prepared(List<Map<String, AttributeValue>> keys, List<TransactWriteItem> parts,
      Optional<?> stored, Lock<?> oldLock, boolean written) {}

  /**
   * Prepares an action and checks it against the actions already added.
   *
   * @param tableName the table as the action names it, prefix included
   * @param codec the table's codec
   * @param kind what the action does, for messages: put, update, delete, check, setAtomic
   * @param prepare validates and compiles the action; an {@link IllegalArgumentException} it
   *     throws is rethrown naming the action
   * @param contextLoader the context loader the action's cache updates go to
   * @throws IllegalArgumentException when the action is invalid or over a limit, naming its
   *     index, kind and table, and its key once the key is valid
   */
  public void add(String tableName, TableCodec<?, ?> codec, String kind,
      Supplier<Prepared> prepare, Supplier<ContextLoader> contextLoader) {
    int index = actions.size();
    Prepared prepared;
    try {
      prepared = prepare.get();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(refused(index, kind, tableName) + e.getMessage(), e);
    }
    String key = ItemDecodeException.renderKey(codec.metadata(), prepared.keys().get(0));
    String what = "action " + index + " (" + kind + " of " + key + " in table '"
        + tableName + "')";
    if (parts + prepared.parts().size() > MAX_ACTIONS) {
      throw new IllegalArgumentException(what + " is one too many: a transaction holds at most "
          + MAX_ACTIONS + " DynamoDB actions (a write of a @LockedBy table takes two), and "
          + parts + " are taken");
    }
    List<ItemId> ids = new ArrayList<>(prepared.parts().size());
    long size = 0;
    for (int i = 0; i < prepared.parts().size(); i++) {
      TransactWriteItem part = prepared.parts().get(i);
      ItemId id = new ItemId(TransactActions.tableName(part), prepared.keys().get(i));
      Integer earlier = items.get(id);
      if (earlier != null || ids.contains(id)) {
        throw new IllegalArgumentException(what + ": its item is set twice in one " + noun
            + (earlier == null ? "" : ", first by action " + earlier)
            + "; DynamoDB rejects a transaction that names an item twice");
      }
      ids.add(id);
      size += TransactActions.size(part);
    }
    if (bytes + size > MAX_BYTES) {
      throw new IllegalArgumentException(what + " makes the transaction about " + (bytes + size)
          + " bytes; one transaction allows " + MAX_BYTES);
    }
    ids.forEach(id -> items.put(id, index));
    parts += prepared.parts().size();
    bytes += size;
    actions.add(new TransactionAction(index, tableName, codec, key, ids.get(0), prepared.parts(),
        prepared.stored(), prepared.oldLock(), prepared.written(), contextLoader));
  }

  /**
   * The start of the message refusing the next action.
   *
   * @param index the action's index
   * @param kind what it does
   * @param tableName its table
   * @return the prefix, naming all three
   */
  public static String refused(int index, String kind, String tableName) {
    return "action " + index + " (" + kind + " in table '" + tableName + "'): ";
  }

  /**
   * The actions, in the order added.
   *
   * @return an unmodifiable view
   */
  public List<TransactionAction> actions() {
    return Collections.unmodifiableList(actions);
  }

  /**
   * Refuses a commit whose {@code setAtomic} lock expired since it was added: time passed, and an
   * expired lock proves nothing (see {@link Lock}).
   *
   * @param now the clock's instant
   * @throws RaceConditionException naming the first expired lock; nothing is sent
   */
  public void checkLocksLive(Instant now) {
    for (TransactionAction action : actions) {
      Lock<?> lock = action.oldLock();
      if (lock != null && !now.isBefore(lock.expiresAt())) {
        throw new RaceConditionException("the lock of " + action.renderedKey() + " in table '"
            + action.tableName() + "' expired at " + lock.expiresAt()
            + " before the atomic write was committed; nothing was sent", List.of(lock), null);
      }
    }
  }

  /**
   * Every DynamoDB action to send, in order.
   *
   * @return the parts
   */
  public List<TransactWriteItem> parts() {
    List<TransactWriteItem> sent = new ArrayList<>(parts);
    actions.forEach(action -> sent.addAll(action.parts()));
    return sent;
  }

  /**
   * The actions' keys for messages, joined.
   *
   * @return the keys, comma separated
   */
  public String renderedKeys() {
    List<String> keys = new ArrayList<>(actions.size());
    actions.forEach(action -> keys.add(action.renderedKey()));
    return String.join(", ", keys);
  }
}
