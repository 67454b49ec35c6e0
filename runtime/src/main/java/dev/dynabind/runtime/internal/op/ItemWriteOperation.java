package dev.dynabind.runtime.internal.op;

import dev.dynabind.runtime.spi.TableMetadata;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

/**
 * A PutItem or DeleteItem, unconditional or conditional: what the two share. Unconditional ones
 * are idempotent (a server error may be retried); a conditional one is not, and its failed
 * condition is an answer ({@code false}) or a {@code ConditionFailedException}, as the condition
 * says.
 *
 * @param <Q> the request type
 * @param <S> the response type
 */
abstract class ItemWriteOperation<Q extends DynamoDbRequest, S extends DynamoDbResponse>
    extends ItemOperation<Q, S, Boolean> {
  /** The condition, or null for an unconditional write. */
  final WriteCondition condition;
  /** The version check the condition holds, or null; a failure then names both versions. */
  final VersionCheck version;

  ItemWriteOperation(String tableName, TableMetadata metadata, Map<String, AttributeValue> key,
      WriteCondition condition, VersionCheck version) {
    super(tableName, metadata, key);
    this.condition = condition;
    this.version = version;
  }

  @Override
  final String kind() {
    return condition == null ? requestName() : "conditional " + requestName();
  }

  /**
   * Values only when present, since DynamoDB refuses empty maps. A caller's condition asks for the
   * item as it was, which its {@code ConditionFailedException} carries; a lock write's does not.
   */
  final void applyCondition(ConditionTarget target) {
    if (condition != null) {
      target.apply(condition.expression(), condition.names(), condition.valuesOrNull(),
          condition.lostIsAnswer() ? null : ReturnValuesOnConditionCheckFailure.ALL_OLD);
    }
  }

  /** True: the write was applied (deleting an absent item is not an error). */
  @Override
  public final Boolean result(S response) {
    return true;
  }

  @Override
  public final boolean idempotent() {
    return condition == null;
  }

  /**
   * False when the condition's failure is an answer; a {@code VersionConflictException} when a
   * version check failed; else {@code ConditionFailedException} (also when the version held and a
   * caller's condition beside it did not).
   */
  @Override
  public final Boolean conditionFailed(ConditionalCheckFailedException error) {
    if (condition != null && condition.lostIsAnswer()) {
      return false;
    }
    if (version != null && !version.held(error)) {
      throw version.conflict(tableName, renderedKey(), error);
    }
    return super.conditionFailed(error);
  }

  /** Sets a condition on a request builder of either kind. */
  @FunctionalInterface
  interface ConditionTarget {
    void apply(String expression, Map<String, String> names, Map<String, AttributeValue> values,
        ReturnValuesOnConditionCheckFailure onFailure);
  }
}
