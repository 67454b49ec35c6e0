package dev.dynabind.runtime.internal.op;

import dev.dynabind.runtime.expression.Condition;
import dev.dynabind.runtime.expression.Update;
import dev.dynabind.runtime.internal.expr.ExpressionWriter;
import dev.dynabind.runtime.internal.table.TableBinding;
import dev.dynabind.runtime.spi.TableMetadata;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * An UpdateItem: a caller's typed update ({@code update}, {@code updateAll}), which returns the
 * item as stored afterwards, or the lock refresh, whose lost condition is an answer. Never retried
 * on a server error: an update may be applied without its answer arriving, and repeating an
 * increment or a conditional update is unsafe. Throttling is retried, since nothing was applied.
 *
 * @param <T> the result: the decoded item, or whether the lock refresh was applied
 */
public final class UpdateItemOperation<T>
    extends ItemOperation<UpdateItemRequest, UpdateItemResponse, T> {
  private final UpdateItemRequest request;
  private final Function<UpdateItemResponse, T> result;
  private final boolean conditional;
  /** What a failed condition answers, or null when it is the caller's error. */
  private final T whenLost;

  private UpdateItemOperation(String tableName, TableMetadata metadata,
      Map<String, AttributeValue> key, UpdateItemRequest request,
      Function<UpdateItemResponse, T> result, boolean conditional, T whenLost) {
    super(tableName, metadata, key);
    this.request = request;
    this.result = result;
    this.conditional = conditional;
    this.whenLost = whenLost;
  }

  /**
   * A conditional update written by hand (the lock refresh).
   *
   * @param tableName the table, prefix included
   * @param metadata the table's metadata, for rendering the key
   * @param key the encoded key
   * @param updateExpression the update expression; its placeholders are in {@code condition}
   * @param condition the condition with the placeholders of both expressions
   * @return the operation; its result is true when the update was applied, false when the
   *     condition failed and {@link WriteCondition#lostIsAnswer()} says that is an answer
   */
  public static UpdateItemOperation<Boolean> conditional(String tableName,
      TableMetadata metadata, Map<String, AttributeValue> key, String updateExpression,
      WriteCondition condition) {
    Objects.requireNonNull(updateExpression, "updateExpression");
    UpdateItemRequest request = UpdateItemRequest.builder().tableName(tableName).key(key)
        .updateExpression(updateExpression).conditionExpression(condition.expression())
        .expressionAttributeNames(condition.names())
        .expressionAttributeValues(condition.valuesOrNull()).build();
    return new UpdateItemOperation<>(tableName, metadata, key, request, response -> true, true,
        condition.lostIsAnswer() ? Boolean.FALSE : null);
  }

  /**
   * A caller's update of one item of a table, optionally conditional, returning the item as
   * stored afterwards (ReturnValues {@code ALL_NEW}) decoded through the binding. A failed
   * condition throws {@code ConditionFailedException} with the item as it was
   * (ReturnValuesOnConditionCheckFailure {@code ALL_OLD}).
   *
   * @param table the table
   * @param key the encoded key, already validated
   * @param update the update
   * @param condition the condition, or null for none
   * @param <R> the record type
   * @return the operation
   */
  public static <R> UpdateItemOperation<R> returningNew(TableBinding<R, ?> table,
      Map<String, AttributeValue> key, Update update, Condition condition) {
    TableMetadata metadata = table.codec().metadata();
    ExpressionWriter writer = ExpressionWriter.forTable(metadata);
    UpdateItemRequest.Builder request = UpdateItemRequest.builder().tableName(table.name())
        .key(key).updateExpression(writer.update(update)).returnValues(ReturnValue.ALL_NEW);
    if (condition != null) {
      request.conditionExpression(writer.condition(condition))
          .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD);
    }
    request.expressionAttributeNames(writer.namesOrNull())
        .expressionAttributeValues(writer.valuesOrNull());
    return new UpdateItemOperation<>(table.name(), metadata, key, request.build(),
        response -> table.decode(response.attributes()), condition != null, null);
  }

  @Override
  String requestName() {
    return "UpdateItem";
  }

  @Override
  String kind() {
    return conditional ? "conditional UpdateItem" : "UpdateItem";
  }

  @Override
  public UpdateItemRequest request() {
    return request;
  }

  @Override
  public UpdateItemResponse send(DynamoDbClient client, UpdateItemRequest request) {
    return client.updateItem(request);
  }

  @Override
  public T result(UpdateItemResponse response) {
    return result.apply(response);
  }

  @Override
  public boolean idempotent() {
    return false;
  }

  /** The answer to a failed condition when there is one, else {@code ConditionFailedException}. */
  @Override
  public T conditionFailed(ConditionalCheckFailedException error) {
    return whenLost != null ? whenLost : super.conditionFailed(error);
  }
}
