package dev.dynabind.runtime.internal;

import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * One validated write: a put or a delete of one item, ready to go into a BatchWriteItem.
 *
 * @param id the table and key it writes
 * @param request the put or delete
 * @param tag what to report when it is not applied (the caller's item or key)
 */
public record WriteOp(ItemId id, WriteRequest request, Object tag) implements BatchOp {
  /** Checks that every part is present. */
  public WriteOp {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(request, "request");
  }

  /**
   * A put of a whole encoded item.
   *
   * @param table the table name
   * @param item the encoded item
   * @param key its encoded key
   * @param tag what to report when not applied
   * @return the write
   */
  public static WriteOp put(String table, Map<String, AttributeValue> item,
      Map<String, AttributeValue> key, Object tag) {
    return new WriteOp(new ItemId(table, key),
        WriteRequest.builder().putRequest(p -> p.item(item)).build(), tag);
  }

  /**
   * A delete by key.
   *
   * @param table the table name
   * @param key the encoded key
   * @param tag what to report when not applied
   * @return the write
   */
  public static WriteOp delete(String table, Map<String, AttributeValue> key, Object tag) {
    return new WriteOp(new ItemId(table, key),
        WriteRequest.builder().deleteRequest(d -> d.key(key)).build(), tag);
  }
}
