package dev.dynabind.runtime.internal.op;

import dev.dynabind.runtime.internal.table.TableBinding;
import dev.dynabind.runtime.spi.TableMetadata;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/**
 * A GetItem: the only GetItem path of the runtime outside batch calls ({@code get} and
 * {@code getAsync} outside a context, the consistent read of {@code updateAtomic}, lock reads).
 *
 * @param <T> what the found item decodes to
 */
public final class GetItemOperation<T>
    extends ItemOperation<GetItemRequest, GetItemResponse, Optional<T>> {
  private final boolean consistent;
  private final Function<Map<String, AttributeValue>, T> decoder;

  private GetItemOperation(String tableName, TableMetadata metadata,
      Map<String, AttributeValue> key, boolean consistent,
      Function<Map<String, AttributeValue>, T> decoder) {
    super(tableName, metadata, key);
    this.consistent = consistent;
    this.decoder = decoder;
  }

  /**
   * Reads an item of a table and decodes it through the binding, so a decode failure names the
   * prefixed table.
   *
   * @param table the table
   * @param key the encoded key, already validated
   * @param consistent whether to read consistently
   * @param <R> the record type
   * @return the operation
   */
  public static <R> GetItemOperation<R> of(TableBinding<R, ?> table,
      Map<String, AttributeValue> key, boolean consistent) {
    return new GetItemOperation<>(table.name(), table.codec().metadata(), key, consistent,
        table::decode);
  }

  /**
   * Reads a stored item that is not a record (a lock item) and reads it with its own decoder.
   *
   * @param tableName the table, prefix included
   * @param metadata the table's metadata, for rendering the key
   * @param key the encoded key
   * @param decoder reads the stored item
   * @param <T> what the item reads as
   * @return the operation, reading consistently
   */
  public static <T> GetItemOperation<T> consistentRaw(String tableName, TableMetadata metadata,
      Map<String, AttributeValue> key, Function<Map<String, AttributeValue>, T> decoder) {
    return new GetItemOperation<>(tableName, metadata, key, true, decoder);
  }

  @Override
  String requestName() {
    return "GetItem";
  }

  @Override
  String kind() {
    return consistent ? "consistent GetItem" : "GetItem";
  }

  @Override
  public GetItemRequest request() {
    // Left unset rather than false for eventual reads: the request as it was before the pipeline.
    return GetItemRequest.builder().tableName(tableName).key(key)
        .consistentRead(consistent ? Boolean.TRUE : null).build();
  }

  @Override
  public GetItemResponse send(DynamoDbClient client, GetItemRequest request) {
    return client.getItem(request);
  }

  @Override
  public Optional<T> result(GetItemResponse response) {
    return response.hasItem() && !response.item().isEmpty()
        ? Optional.of(decoder.apply(response.item()))
        : Optional.empty();
  }

  @Override
  public boolean idempotent() {
    return true;
  }
}
