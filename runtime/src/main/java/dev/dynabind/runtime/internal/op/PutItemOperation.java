package dev.dynabind.runtime.internal.op;

import dev.dynabind.runtime.spi.TableMetadata;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;

/** A PutItem, unconditional ({@code save}) or conditional (lock creation, conditional saves). */
public final class PutItemOperation extends ItemOperation<PutItemRequest, PutItemResponse, Boolean> {
  private final Map<String, AttributeValue> item;
  private final WriteCondition condition;

  /**
   * A put.
   *
   * @param tableName the table, prefix included
   * @param metadata the table's metadata, for rendering the key
   * @param key the item's key, for messages
   * @param item the encoded item
   * @param condition the condition, or null for an unconditional put
   */
  public PutItemOperation(String tableName, TableMetadata metadata,
      Map<String, AttributeValue> key, Map<String, AttributeValue> item,
      WriteCondition condition) {
    super(tableName, metadata, key);
    this.item = item;
    this.condition = condition;
  }

  @Override
  String kind() {
    return condition == null ? "PutItem" : "conditional PutItem";
  }

  @Override
  public PutItemRequest request() {
    PutItemRequest.Builder b = PutItemRequest.builder().tableName(tableName).item(item);
    if (condition != null) {
      b.conditionExpression(condition.expression()).expressionAttributeNames(condition.names());
      if (!condition.values().isEmpty()) {
        b.expressionAttributeValues(condition.values());
      }
    }
    return b.build();
  }

  @Override
  public PutItemResponse send(DynamoDbClient client, PutItemRequest request) {
    return client.putItem(request);
  }

  /** True: the item was written. */
  @Override
  public Boolean result(PutItemResponse response) {
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
