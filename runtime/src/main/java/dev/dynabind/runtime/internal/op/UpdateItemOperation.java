package dev.dynabind.runtime.internal.op;

import dev.dynabind.runtime.spi.TableMetadata;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * A conditional UpdateItem (the lock refresh today). Never retried on a server error: an update
 * may be applied without its answer arriving, and conditions make repeating it unsafe.
 */
public final class UpdateItemOperation
    extends ItemOperation<UpdateItemRequest, UpdateItemResponse, Boolean> {
  private final String updateExpression;
  private final WriteCondition condition;

  /**
   * An update.
   *
   * @param tableName the table, prefix included
   * @param metadata the table's metadata, for rendering the key
   * @param key the encoded key
   * @param updateExpression the update expression; its placeholders are in {@code condition}
   * @param condition the condition with the placeholders of both expressions
   */
  public UpdateItemOperation(String tableName, TableMetadata metadata,
      Map<String, AttributeValue> key, String updateExpression, WriteCondition condition) {
    super(tableName, metadata, key);
    this.updateExpression = Objects.requireNonNull(updateExpression, "updateExpression");
    this.condition = Objects.requireNonNull(condition, "condition");
  }

  @Override
  String requestName() {
    return "UpdateItem";
  }

  @Override
  String kind() {
    return "conditional UpdateItem";
  }

  @Override
  public UpdateItemRequest request() {
    UpdateItemRequest.Builder b = UpdateItemRequest.builder().tableName(tableName).key(key)
        .updateExpression(updateExpression).conditionExpression(condition.expression())
        .expressionAttributeNames(new HashMap<>(condition.names()));
    if (!condition.values().isEmpty()) {
      b.expressionAttributeValues(condition.values());
    }
    return b.build();
  }

  @Override
  public UpdateItemResponse send(DynamoDbClient client, UpdateItemRequest request) {
    return client.updateItem(request);
  }

  /** True: the update was applied. */
  @Override
  public Boolean result(UpdateItemResponse response) {
    return true;
  }

  @Override
  public boolean idempotent() {
    return false;
  }

  /** False when the condition's failure is an answer, else {@code ConditionFailedException}. */
  @Override
  public Boolean conditionFailed(ConditionalCheckFailedException error) {
    if (condition.lostIsAnswer()) {
      return false;
    }
    return super.conditionFailed(error);
  }
}
