package dev.dynabind.runtime.internal.op;

import dev.dynabind.runtime.internal.expr.ExpressionWriter;
import dev.dynabind.runtime.spi.KeyAttribute;
import dev.dynabind.runtime.spi.TableMetadata;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

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
   * when the table has {@code @Version}, else unconditional.
   *
   * @param tableName the table, prefix included
   * @param metadata the table's metadata
   * @param key the item's key
   * @param item the encoded item
   * @return the put
   */
  public static PutItemOperation save(String tableName, TableMetadata metadata,
      Map<String, AttributeValue> key, Map<String, AttributeValue> item) {
    VersionCheck version = VersionCheck.of(metadata, item);
    if (version == null) {
      return new PutItemOperation(tableName, metadata, key, item, null);
    }
    ExpressionWriter writer = new ExpressionWriter(metadata.partitionKey().attributeName(),
        metadata.sortKeyAttribute().map(KeyAttribute::attributeName).orElse(null));
    return new PutItemOperation(tableName, metadata, key, item, version.condition(writer),
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
    applyCondition((expression, names, values) ->
        b.conditionExpression(expression).expressionAttributeNames(names)
            .expressionAttributeValues(values));
    if (version != null) {
      // Only the version is taken from the returned item, to name it in the exception.
      b.returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD);
    }
    return b.build();
  }

  @Override
  public PutItemResponse send(DynamoDbClient client, PutItemRequest request) {
    return client.putItem(request);
  }
}
