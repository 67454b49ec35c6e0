package dev.dynabind.runtime.internal.op;

import dev.dynabind.runtime.spi.TableMetadata;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;

/** A PutItem, unconditional ({@code save}) or conditional (lock creation, conditional saves). */
public final class PutItemOperation
    extends ItemWriteOperation<PutItemRequest, PutItemResponse> {
  private final Map<String, AttributeValue> item;

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
    super(tableName, metadata, key, condition);
    this.item = item;
  }

  @Override
  String requestName() {
    return "PutItem";
  }

  @Override
  public PutItemRequest request() {
    PutItemRequest.Builder b = PutItemRequest.builder().tableName(tableName).item(item);
    applyCondition((expression, names, values, onFailure) ->
        b.conditionExpression(expression).expressionAttributeNames(names)
            .expressionAttributeValues(values).returnValuesOnConditionCheckFailure(onFailure));
    return b.build();
  }

  @Override
  public PutItemResponse send(DynamoDbClient client, PutItemRequest request) {
    return client.putItem(request);
  }
}
