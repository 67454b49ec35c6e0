package dev.dynabind.runtime.internal.op;

import dev.dynabind.runtime.ItemDecodeException;
import dev.dynabind.runtime.spi.TableMetadata;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbResponse;

/**
 * The common part of operations on one item of one table: the table as requests name it and the
 * key, rendered for messages only when a message needs it.
 *
 * @param <Q> the request type
 * @param <S> the response type
 * @param <T> the result type
 */
abstract class ItemOperation<Q extends DynamoDbRequest, S extends DynamoDbResponse, T>
    implements Operation<Q, S, T> {
  final String tableName;
  final Map<String, AttributeValue> key;
  private final TableMetadata metadata;

  ItemOperation(String tableName, TableMetadata metadata, Map<String, AttributeValue> key) {
    this.tableName = Objects.requireNonNull(tableName, "tableName");
    this.metadata = Objects.requireNonNull(metadata, "metadata");
    this.key = Objects.requireNonNull(key, "key");
  }

  /** The DynamoDB operation, such as {@code GetItem}. */
  abstract String requestName();

  /** The request kind for messages, such as {@code consistent GetItem}; by default the name. */
  String kind() {
    return requestName();
  }

  @Override
  public final String name() {
    return requestName();
  }

  @Override
  public final List<String> tableNames() {
    return List.of(tableName);
  }

  @Override
  public final String renderedKey() {
    return ItemDecodeException.renderKey(metadata, key);
  }

  @Override
  public final String describe() {
    return kind() + " of " + renderedKey() + " in table '" + tableName + "'";
  }
}
