package dev.dynabind.runtime;

import dev.dynabind.runtime.internal.config.Arguments;
import dev.dynabind.runtime.internal.txn.TransactionCancellations;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * DynamoDB canceled a transaction ({@link Dynabind#transaction()} or
 * {@link Dynabind#transactGet()}): nothing of it was applied. {@link #actions()} lists every
 * action in the order it was added, each with its index (from 0), table, key and
 * {@link Reason}, so a caller can tell which condition failed without parsing the message:
 *
 * <pre>{@code
 * try {
 *   db.transaction().update(accounts, from, Update.of(balance.add(-50)), balance.ge(50L))
 *       .put(transfers, transfer, Condition.ifAbsent()).commit();
 * } catch (TransactionCanceledException e) {
 *   for (TransactionCanceledException.Action failed : e.failedActions()) {
 *     if (failed.reason() == TransactionCanceledException.Reason.CONDITION_FAILED) {
 *       Optional<Account> asItWas = failed.item(accounts);
 *     }
 *   }
 * }
 * }</pre>
 *
 * <p>A failed condition carries the item as it was (DynamoDB's
 * ReturnValuesOnConditionCheckFailure {@code ALL_OLD}), readable typed through
 * {@link Action#item(Repository)}; the message and the cause chain carry keys only, never stored
 * values. Conflicts and throttling were retried by the {@link RetryPolicy} with the same
 * idempotency token before this was thrown. A stale lock of a {@code setAtomic} action is reported
 * as {@link RaceConditionException} instead.
 */
public class TransactionCanceledException extends DynabindException {
  private static final long serialVersionUID = 1L;

  /** Translates cancellations with this class's constructors, which stay package-private. */
  static final TransactionCancellations CANCELLATIONS =
      new TransactionCancellations(Action::new, TransactionCanceledException::new);

  /** Why DynamoDB canceled one action, from its cancellation reason code. */
  public enum Reason {
    /** The action's condition did not hold ({@code ConditionalCheckFailed}). */
    CONDITION_FAILED,
    /** Another transaction or write worked on the item at the same time ({@code TransactionConflict}). */
    TRANSACTION_CONFLICT,
    /** The table or index was throttled ({@code ThrottlingError}, {@code ProvisionedThroughputExceeded}). */
    THROTTLED,
    /** DynamoDB refused the action as invalid ({@code ValidationError}). */
    VALIDATION,
    /** The action itself was fine; another one canceled the transaction ({@code None}). */
    NONE,
    /** Any other code DynamoDB reports, such as {@code ItemCollectionSizeLimitExceeded}; see {@link Action#code()}. */
    OTHER;

    /**
     * The reason of a DynamoDB cancellation reason code.
     *
     * @param code the code, or null (DynamoDB omits it for actions that were fine)
     * @return the reason
     */
    static Reason of(String code) {
      if (code == null || "None".equals(code)) {
        return NONE;
      }
      return switch (code) {
        case "ConditionalCheckFailed" -> CONDITION_FAILED;
        case "TransactionConflict" -> TRANSACTION_CONFLICT;
        case "ThrottlingError", "ProvisionedThroughputExceeded" -> THROTTLED;
        case "ValidationError" -> VALIDATION;
        default -> OTHER;
      };
    }
  }

  /** One action of a canceled transaction and why DynamoDB canceled it. */
  public static final class Action {
    private final int index;
    private final String tableName;
    private final String key;
    private final Reason reason;
    private final String code;
    /** Stored values stay out of serialized forms, as they stay out of messages. */
    private final transient Map<String, AttributeValue> itemAsItWas;

    Action(int index, String tableName, String key, String code,
        Map<String, AttributeValue> itemAsItWas) {
      this.index = index;
      this.tableName = Objects.requireNonNull(tableName, "tableName");
      this.key = Objects.requireNonNull(key, "key");
      this.code = code == null ? "None" : code;
      this.reason = Reason.of(code);
      this.itemAsItWas = itemAsItWas == null || itemAsItWas.isEmpty()
          ? null : Map.copyOf(itemAsItWas);
    }

    /**
     * The action's position in its transaction, from 0, in the order the actions were added.
     *
     * @return the index
     */
    public int index() {
      return index;
    }

    /**
     * The action's table, prefix included.
     *
     * @return the table name
     */
    public String tableName() {
      return tableName;
    }

    /**
     * The action's key as messages render it, such as {@code {id=S:a}}.
     *
     * @return the key
     */
    public String key() {
      return key;
    }

    /**
     * Why DynamoDB canceled this action; {@link Reason#NONE} when another action was the cause.
     *
     * @return the reason
     */
    public Reason reason() {
      return reason;
    }

    /**
     * DynamoDB's own reason code, such as {@code ConditionalCheckFailed}; {@code None} when
     * DynamoDB gave none.
     *
     * @return the code
     */
    public String code() {
      return code;
    }

    /**
     * Whether DynamoDB returned the item as it was: only for a failed condition on an item that
     * existed, and never after serialization.
     *
     * @return true when {@link #item} finds an item
     */
    public boolean hasItem() {
      return itemAsItWas != null;
    }

    /**
     * The item as it was when this action's condition failed, decoded by a repository of the
     * action's table.
     *
     * @param repository a repository of {@link #tableName()}
     * @param <R> the record type
     * @return the item, or empty when DynamoDB returned none
     * @throws IllegalArgumentException when the repository is null or its table is not this
     *     action's
     * @throws ItemDecodeException when the stored item cannot be decoded into the record
     */
    public <R> Optional<R> item(Repository<R, ?> repository) {
      Arguments.required(repository, "repository");
      if (!repository.tableName().equals(tableName)) {
        throw new IllegalArgumentException("action " + index + " went to table '" + tableName
            + "', not to table '" + repository.tableName() + "' of the repository given");
      }
      return itemAsItWas == null ? Optional.empty() : Optional.of(repository.decode(itemAsItWas));
    }

    @Override
    public String toString() {
      return "action " + index + " (" + key + " in table '" + tableName + "'): " + reason;
    }
  }

  private final List<Action> actions;

  /**
   * Creates the exception; made by the runtime from DynamoDB's cancellation reasons.
   *
   * @param actions every action of the transaction, in order
   * @param cause the SDK's exception without stored values, or null
   */
  TransactionCanceledException(List<Action> actions, Throwable cause) {
    super(message(actions), cause);
    this.actions = List.copyOf(actions);
  }

  private static String message(List<Action> actions) {
    List<String> failed = new ArrayList<>();
    for (Action action : actions) {
      if (action.reason() != Reason.NONE) {
        failed.add(action.toString());
      }
    }
    return "DynamoDB canceled the transaction of " + actions.size() + " actions; nothing was"
        + " applied. " + (failed.isEmpty() ? "It gave no reasons." : String.join("; ", failed));
  }

  /**
   * Every action of the transaction, in the order added, each with its reason.
   *
   * @return the actions
   */
  public List<Action> actions() {
    return actions;
  }

  /**
   * The actions DynamoDB gave a reason for (every reason but {@link Reason#NONE}).
   *
   * @return the failed actions, in order; empty when DynamoDB gave no reasons
   */
  public List<Action> failedActions() {
    return actions.stream().filter(a -> a.reason() != Reason.NONE).toList();
  }
}
