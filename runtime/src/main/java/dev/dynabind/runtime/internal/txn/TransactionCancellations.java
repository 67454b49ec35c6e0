package dev.dynabind.runtime.internal.txn;

import dev.dynabind.runtime.Lock;
import dev.dynabind.runtime.RaceConditionException;
import dev.dynabind.runtime.TransactionCanceledException;
import dev.dynabind.runtime.internal.op.ServiceErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;

/**
 * Turns DynamoDB's cancellation of a transaction into Dynabind's exceptions: DynamoDB reports one
 * reason per DynamoDB action, in the order sent, and a caller's action may have sent two (a
 * locked item and its lock). The API hands in the constructors of
 * {@link TransactionCanceledException} and its actions, which stay its own.
 */
public final class TransactionCancellations {
  private final ActionFactory actionFactory;
  private final ExceptionFactory exceptionFactory;

  /** Makes a {@link TransactionCanceledException.Action}. */
  @FunctionalInterface
  public interface ActionFactory {
    /**
     * The action.
     *
     * @param index its position, from 0
     * @param tableName its table, prefix included
     * @param key its key as messages render it
     * @param code DynamoDB's reason code, or null for none
     * @param itemAsItWas the item DynamoDB returned with the reason, or null
     * @return the action
     */
    TransactionCanceledException.Action create(int index, String tableName, String key,
        String code, Map<String, AttributeValue> itemAsItWas);
  }

  /** Makes a {@link TransactionCanceledException}. */
  @FunctionalInterface
  public interface ExceptionFactory {
    /**
     * The exception.
     *
     * @param actions every action, in order
     * @param cause the SDK's exception without stored values
     * @return the exception
     */
    TransactionCanceledException create(List<TransactionCanceledException.Action> actions,
        Throwable cause);
  }

  /**
   * The translation, with the API's constructors.
   *
   * @param actions makes each action's description
   * @param exceptions makes the exception
   */
  public TransactionCancellations(ActionFactory actions, ExceptionFactory exceptions) {
    this.actionFactory = actions;
    this.exceptionFactory = exceptions;
  }

  /**
   * A canceled TransactWriteItems: a {@link RaceConditionException} naming the stale locks when
   * the lock of a {@code setAtomic} action failed or conflicted, else a
   * {@link TransactionCanceledException} with each action's reason.
   *
   * @param actions the transaction's actions, in order
   * @param canceled the SDK's exception
   * @return the exception to throw
   */
  public RuntimeException ofWrite(List<TransactionAction> actions,
      software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException canceled) {
    List<CancellationReason> reasons = reasons(canceled);
    List<TransactionCanceledException.Action> described = new ArrayList<>(actions.size());
    List<Lock<?>> stale = new ArrayList<>();
    List<String> staleKeys = new ArrayList<>();
    int part = 0;
    for (TransactionAction action : actions) {
      CancellationReason first = null;
      for (int i = 0; i < action.parts().size(); i++, part++) {
        CancellationReason reason = part < reasons.size() ? reasons.get(part) : null;
        if (first == null && reason != null && reason.code() != null
            && !"None".equals(reason.code())) {
          first = reason;
        }
      }
      TransactionCanceledException.Action one = action(action.index(), action.tableName(),
          action.renderedKey(), first);
      described.add(one);
      TransactionCanceledException.Reason why = one.reason();
      if (action.oldLock() != null && (why == TransactionCanceledException.Reason.CONDITION_FAILED
          || why == TransactionCanceledException.Reason.TRANSACTION_CONFLICT)) {
        stale.add(action.oldLock());
        staleKeys.add(action.tableName() + " " + action.renderedKey());
      }
    }
    TransactionCanceledException error = exceptionFactory.create(described,
        ServiceErrors.withoutItems(canceled));
    if (stale.isEmpty()) {
      return error;
    }
    return new RaceConditionException("Lost a race: the lock of " + String.join(", ", staleKeys)
        + " changed since it was read; nothing of the atomic write was applied", stale, error);
  }

  /**
   * A canceled TransactGetItems, one reason per read.
   *
   * @param tables each read's table
   * @param keys each read's key as messages render it
   * @param canceled the SDK's exception
   * @return the exception to throw
   */
  public TransactionCanceledException ofGet(List<String> tables, List<String> keys,
      software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException canceled) {
    List<CancellationReason> reasons = reasons(canceled);
    List<TransactionCanceledException.Action> described = new ArrayList<>(keys.size());
    for (int i = 0; i < keys.size(); i++) {
      described.add(action(i, tables.get(i), keys.get(i), i < reasons.size() ? reasons.get(i) : null));
    }
    return exceptionFactory.create(described, ServiceErrors.withoutItems(canceled));
  }

  private static List<CancellationReason> reasons(
      software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException canceled) {
    return canceled.hasCancellationReasons() ? canceled.cancellationReasons() : List.of();
  }

  private TransactionCanceledException.Action action(int index, String table, String key,
      CancellationReason reason) {
    Map<String, AttributeValue> item = reason != null && reason.hasItem() ? reason.item() : null;
    return actionFactory.create(index, table, key,
        reason == null ? null : reason.code(), item);
  }
}
