package dev.dynabind.runtime.internal.batch;

import dev.dynabind.runtime.internal.table.ItemId;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * One validated write: a put or a delete of one item, made into a BatchWriteItem entry when its
 * chunk is sent.
 *
 * <p>Why a supplier: a put was validated by encoding it; it either keeps that item
 * ({@link #put(String, Map, Map, Object)}) or, past its call's {@link EncodedBudget}, only its
 * record, and encodes it again when its chunk is sent ({@link #put(String, Supplier, Map,
 * Object)}).
 *
 * @param id the table and key it writes
 * @param request makes the put or delete; called once per attempt of its chunk
 * @param tag what to report when it is not applied (the caller's item or key)
 */
public record WriteOp(ItemId id, Supplier<WriteRequest> request, Object tag) implements BatchOp {
  /** Checks that every part is present. */
  public WriteOp {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(request, "request");
  }

  /**
   * A put of a whole item, encoded when its chunk is sent.
   *
   * @param table the table name
   * @param item encodes the item; must give the same item every time
   * @param key its encoded key
   * @param tag what to report when not applied
   * @return the write
   */
  public static WriteOp put(String table, Supplier<Map<String, AttributeValue>> item,
      Map<String, AttributeValue> key, Object tag) {
    return new WriteOp(new ItemId(table, key),
        () -> WriteRequest.builder().putRequest(p -> p.item(item.get())).build(), tag);
  }

  /**
   * A put of a whole item already encoded, kept until its chunk is sent. The request entry is
   * made when the chunk is sent, on the chunk's thread, rather than here: a collection call
   * validates every write on the calling thread before its first request, so whatever is made
   * here delays that request (the benchmarks' timeline showed the write call's first request
   * issued several milliseconds after a hand-written client's for 2,000 items).
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
        () -> WriteRequest.builder().putRequest(p -> p.item(item)).build(), tag);
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
    WriteRequest delete = WriteRequest.builder().deleteRequest(d -> d.key(key)).build();
    return new WriteOp(new ItemId(table, key), () -> delete, tag);
  }
}
