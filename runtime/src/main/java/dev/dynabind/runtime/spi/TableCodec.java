package dev.dynabind.runtime.spi;

import dev.dynabind.runtime.ItemDecodeException;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The per-table binding that the processor generates as {@code <Record>Codec}: items to and from
 * DynamoDB's attribute maps, and keys. Users rarely call it; repositories hand it to the runtime.
 * Implementations are stateless and thread-safe.
 *
 * @param <R> the record type
 * @param <K> the key type: the partition key's boxed type, or a generated key record
 */
public interface TableCodec<R, K> {

  /**
   * The table name and key schema.
   *
   * @return the metadata, the same instance on every call
   */
  TableMetadata metadata();

  /**
   * Encodes a whole item. Null components are left out.
   *
   * @param item the item
   * @return a new mutable map of attribute name to value
   * @throws IllegalArgumentException when a key component is null or empty, naming it
   */
  Map<String, AttributeValue> encode(R item);

  /**
   * Decodes a stored item.
   *
   * @param item the stored attributes
   * @return the record
   * @throws ItemDecodeException when an attribute is stored with a type the component cannot hold;
   *     it names the table of {@code @Table}, without the prefix, which only a repository knows
   */
  R decode(Map<String, AttributeValue> item);

  /**
   * Encodes a key.
   *
   * @param key the key
   * @return a new mutable map holding exactly the key attributes
   * @throws IllegalArgumentException when the key or one of its components is null or empty
   */
  Map<String, AttributeValue> encodeKey(K key);

  /**
   * The record as a write stores it: {@code @GeneratedId} filled when null, {@code @CreatedAt}
   * set when null, {@code @UpdatedAt} set, {@code @Version} advanced to the version the write
   * stores (see {@link WriteStamp#nextVersion(long)}). The runtime calls it once per item on every
   * put, before encoding, and returns the result to the caller. Codecs of records without those
   * annotations return the item itself (the default).
   *
   * @param item the item as the caller gave it
   * @param stamp the instant and id generator of this write
   * @return the record to store; {@code item} itself when nothing changes
   */
  default R beforeWrite(R item, WriteStamp stamp) {
    return item;
  }

  /**
   * Extracts the key of an item.
   *
   * @param item the item
   * @return its key
   */
  K keyOf(R item);
}
