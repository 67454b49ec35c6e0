package dev.dynabind.runtime.internal.op;

import dev.dynabind.runtime.expression.Condition;
import dev.dynabind.runtime.internal.expr.ExpressionWriter;
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
    super(tableName, metadata, key, condition, null);
    this.item = item;
  }

  /**
   * A put of an item as the codec's {@code beforeWrite} left it: conditioned on the version read
   * when the table has {@code @Version}, and on the caller's condition when there is one (both
   * must hold).
   *
   * @param tableName the table, prefix included
   * @param metadata the table's metadata
   * @param key the item's key
   * @param item the encoded item
   * @param condition the caller's condition, or null
   * @return the put
   */
  public static PutItemOperation save(String tableName, TableMetadata metadata,
      Map<String, AttributeValue> key, Map<String, AttributeValue> item, Condition condition) {
    VersionCheck version = VersionCheck.of(metadata, item);
    if (version == null) {
      return new PutItemOperation(tableName, metadata, key, item,
          WriteCondition.of(condition, metadata));
    }
    return new PutItemOperation(tableName, metadata, key, item,
        version.condition(ExpressionWriter.forTable(metadata), condition),
        version);
  }

  private PutItemOperation(String tableName, TableMetadata metadata,
      Map<String, AttributeValue> key, Map<String, AttributeValue> item,
      WriteCondition condition, VersionCheck version) {
    super(tableName, metadata, key, condition, version);
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
