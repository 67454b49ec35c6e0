package dev.dynabind.runtime.internal.table;

import dev.dynabind.runtime.ItemDecodeException;
import dev.dynabind.runtime.Lock;
import dev.dynabind.runtime.spi.TableCodec;
import dev.dynabind.runtime.spi.TableMetadata;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Turns a repository's keys and items into attributes, and is the one validation every key and
 * item passes before any request: single, batch, transaction and batch context alike. It refuses
 * the keys a table reserves (those of lock items, for a {@code @LockedBy} table) and whatever
 * DynamoDB would refuse (see {@link ItemRules}), so that a batch never fails halfway on the server
 * for a reason it could have known before sending.
 *
 * @param <R> the record type
 * @param <K> the key type
 */
public final class RecordKeys<R, K> {
  private final TableCodec<R, K> codec;
  private final String tableName;
  private final List<String> keyNames;
  private final String tenantPrefix;

  public RecordKeys(TableCodec<R, K> codec, String tableName) {
    this(codec, tableName, keyNames(codec.metadata()), null);
  }

  private RecordKeys(TableCodec<R, K> codec, String tableName, List<String> keyNames,
      String tenantPrefix) {
    this.codec = codec;
    this.tableName = tableName;
    this.keyNames = keyNames;
    this.tenantPrefix = tenantPrefix;
  }

  /**
   * These keys as one tenant stores them: every encoded key and item gets the tenant's prefix on
   * its partition key (see {@link TenantKeys}), so that each check below sees what is sent.
   *
   * @param prefix such as {@code "acme#"}
   * @return the tenant's keys
   */
  public RecordKeys<R, K> forTenant(String prefix) {
    return new RecordKeys<>(codec, tableName, keyNames, prefix);
  }

  /**
   * The key attributes of a caller's key.
   *
   * @throws IllegalArgumentException when the key is null or empty, is the key of a lock item, or
   *     holds what DynamoDB would refuse in a key
   */
  public Map<String, AttributeValue> encode(K key) {
    Map<String, AttributeValue> encoded = refuseLockKey(named(() -> codec.encodeKey(key)));
    ItemRules.checkKey(tableName, codec.metadata(), encoded);
    return encoded;
  }

  /**
   * The attributes of a caller's item.
   *
   * @throws IllegalArgumentException when a key component is null or empty, the key is that of
   *     a lock item, or the item holds what DynamoDB would refuse (see {@link ItemRules})
   */
  public Map<String, AttributeValue> encodeItem(R item) {
    return encodeSized(item).attributes();
  }

  /**
   * The attributes of a caller's item, checked as {@link #encodeItem} checks them, and its size.
   *
   * @throws IllegalArgumentException as {@link #encodeItem}
   */
  public SizedItem encodeSized(R item) {
    Map<String, AttributeValue> encoded = refuseLockKey(named(() -> codec.encode(item)));
    return new SizedItem(encoded, ItemRules.checkItem(tableName, codec.metadata(), encoded));
  }

  /**
   * An encoded item that passed {@link ItemRules}, with its size as DynamoDB counts it.
   *
   * @param attributes the item
   * @param size its size in bytes
   */
  public record SizedItem(Map<String, AttributeValue> attributes, long size) {}

  /**
   * The attributes of an item that already passed {@link #encodeItem}: encoded again without
   * checking again, for writes that keep the item rather than its attributes until they send it.
   */
  public Map<String, AttributeValue> encodeChecked(R item) {
    return named(() -> codec.encode(item));
  }

  /**
   * The key attributes of a key, with the codec's own null and empty checks only: for comparing
   * keys and identifying items, where the key already passed {@link #encode} or comes from an item
   * a caller's code made.
   *
   * @throws IllegalArgumentException when a key component is null or empty
   */
  public Map<String, AttributeValue> encodeKeyOnly(K key) {
    return named(() -> codec.encodeKey(key));
  }

  /**
   * Runs the codec, then gives a tenant's partition key its prefix. The codec's own key checks (a null or empty key component) name the {@code @Table}
   * name, since a codec does not know the prefix of the {@code Dynabind} using it; this renames
   * them as requests name the table, so one message never names a table two ways.
   */
  private Map<String, AttributeValue> named(Supplier<Map<String, AttributeValue>> encoding) {
    try {
      Map<String, AttributeValue> encoded = encoding.get();
      return tenantPrefix == null ? encoded
          : TenantKeys.prefixed(encoded, keyNames.get(0), tenantPrefix);
    } catch (IllegalArgumentException e) {
      throw renamed(e);
    }
  }

  private IllegalArgumentException renamed(IllegalArgumentException e) {
    String bare = "table '" + codec.metadata().tableName() + "'";
    String message = e.getMessage();
    if (message == null || tableName.equals(codec.metadata().tableName())
        || !message.contains(bare)) {
      return e;
    }
    // No cause: it would name the unprefixed table again. The trace still shows where it failed.
    IllegalArgumentException renamed =
        new IllegalArgumentException(message.replace(bare, "table '" + tableName + "'"));
    renamed.setStackTrace(e.getStackTrace());
    return renamed;
  }

  /** The key attributes of an encoded item, picked out rather than encoded again. */
  public Map<String, AttributeValue> keyOf(Map<String, AttributeValue> item) {
    Map<String, AttributeValue> key = new HashMap<>(4);
    for (String name : keyNames) {
      key.put(name, item.get(name));
    }
    return key;
  }

  /** Whether a stored item or key is that of a lock item rather than a record. */
  public boolean isLockItem(Map<String, AttributeValue> item) {
    return codec.metadata().isLockItem(item);
  }

  /** Lock items are only written through the lock's version chain, never as records. */
  private Map<String, AttributeValue> refuseLockKey(Map<String, AttributeValue> encoded) {
    if (isLockItem(encoded)) {
      throw new IllegalArgumentException("key "
          + ItemDecodeException.renderKey(codec.metadata(), encoded) + " of table '" + tableName
          + "' ends with the lock suffix '" + codec.metadata().lock().suffix()
          + "', which is reserved for lock items");
    }
    return encoded;
  }

  /**
   * The key attribute names of a table: the partition key, then the sort key if any.
   *
   * @param metadata the table
   * @return the names
   */
  public static List<String> keyNames(TableMetadata metadata) {
    return metadata.sortKey() == null
        ? List.of(metadata.partitionKey().attributeName())
        : List.of(metadata.partitionKey().attributeName(), metadata.sortKey().attributeName());
  }
}
