package dev.dynabind.runtime.internal.op;

import dev.dynabind.runtime.spi.TableMetadata;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;

/** A DeleteItem, unconditional ({@code delete}) or conditional. */
public final class DeleteItemOperation
    extends ItemOperation<DeleteItemRequest, DeleteItemResponse, Boolean> {
  private final WriteCondition condition;

  /**
   * A delete.
   *
   * @param tableName the table, prefix included
   * @param metadata the table's metadata, for rendering the key
   * @param key the encoded key
   * @param condition the condition, or null for an unconditional delete
   */
  public DeleteItemOperation(String tableName, TableMetadata metadata,
      Map<String, AttributeValue> key, WriteCondition condition) {
    super(tableName, metadata, key);
    this.condition = condition;
  }

  @Override
  String kind() {
    return condition == null ? "DeleteItem" : "conditional DeleteItem";
  }

  @Override
  public DeleteItemRequest request() {
    DeleteItemRequest.Builder b = DeleteItemRequest.builder().tableName(tableName).key(key);
    if (condition != null) {
      b.conditionExpression(condition.expression()).expressionAttributeNames(condition.names());
      if (!condition.values().isEmpty()) {
        b.expressionAttributeValues(condition.values());
      }
    }
    return b.build();
  }

  @Override
  public DeleteItemResponse send(DynamoDbClient client, DeleteItemRequest request) {
    return client.deleteItem(request);
  }

  /** True: the delete was applied (an absent item is not an error). */
  @Override
  public Boolean result(DeleteItemResponse response) {
    return true;
  }

  @Override
  public boolean idempotent() {
    return condition == null;
  }

  /** False when the condition's failure is an answer, else {@code ConditionFailedException}. */
  @Override
  public Boolean conditionFailed(ConditionalCheckFailedException error) {
    if (condition != null && condition.lostIsAnswer()) {
      return false;
    }
    return super.conditionFailed(error);
  }
}
