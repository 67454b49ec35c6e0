package dev.dynabind.runtime.internal.op;

import dev.dynabind.runtime.spi.TableMetadata;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;

/** A DeleteItem, unconditional ({@code delete}) or conditional. */
public final class DeleteItemOperation
    extends ItemWriteOperation<DeleteItemRequest, DeleteItemResponse> {

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
    super(tableName, metadata, key, condition, null);
  }

  @Override
  String requestName() {
    return "DeleteItem";
  }

  @Override
  public DeleteItemRequest request() {
    DeleteItemRequest.Builder b = DeleteItemRequest.builder().tableName(tableName).key(key);
    applyCondition((expression, names, values, onFailure) ->
        b.conditionExpression(expression).expressionAttributeNames(names)
            .expressionAttributeValues(values).returnValuesOnConditionCheckFailure(onFailure));
    return b.build();
  }

  @Override
  public DeleteItemResponse send(DynamoDbClient client, DeleteItemRequest request) {
    return client.deleteItem(request);
  }
}
