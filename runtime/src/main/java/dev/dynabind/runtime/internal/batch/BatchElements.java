package dev.dynabind.runtime.internal.batch;

import dev.dynabind.runtime.BatchWriteOptions;
import dev.dynabind.runtime.internal.table.RecordKeys;
import dev.dynabind.runtime.internal.table.TableBinding;
import dev.dynabind.runtime.spi.WriteStamp;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Validates and encodes the elements of batch calls, naming the element (and key) that fails: the
 * one place for the element rules of {@code BatchWrite}, {@code BatchGet} and the repositories'
 * batch methods. Each method takes the table as the call in progress names it.
 */
public final class BatchElements {
  private BatchElements() {}

  /**
   * The record a batch put stores: refused when null or when its table is versioned and the call
   * did not opt out, else stamped by the codec, or kept as given by a restore.
   *
   * @param table the item's table
   * @param item the caller's item
   * @param element the element's number in the call, for messages
   * @param stamp the call's write stamp
   * @param options the call's options
   * @param <R> the record type
   * @return the record to store
   * @throws IllegalArgumentException when the item is null or the put cannot be checked
   */
  public static <R> R stamp(TableBinding<R, ?> table, R item, int element, WriteStamp stamp,
      BatchWriteOptions options) {
    if (item == null) {
      throw new IllegalArgumentException(where(table, element) + "the item is null");
    }
    checkVersionedPut(table, options);
    return options.restores() ? item : table.codec().beforeWrite(item, stamp);
  }

  /**
   * Encodes and checks a put of a stamped item; the element number and key name it when it is
   * invalid. It keeps the encoded item while the call's budget allows, else it is encoded again
   * when sent.
   *
   * @param table the item's table
   * @param keys the table's keys
   * @param item the stamped item
   * @param element the element's number in the call, for messages
   * @param budget how many encoded items the call may hold
   * @param <R> the record type
   * @param <K> the key type
   * @return the write, tagged with its {@link Pending}
   * @throws IllegalArgumentException when the item is null or invalid
   */
  public static <R, K> WriteOp put(TableBinding<R, K> table, RecordKeys<R, K> keys, R item,
      int element, EncodedBudget budget) {
    if (item == null) {
      throw new IllegalArgumentException(where(table, element) + "the item is null");
    }
    RecordKeys.SizedItem encoded;
    K key;
    try {
      encoded = keys.encodeSized(item);
      key = table.codec().keyOf(item);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where(table, element) + e.getMessage(), e);
    }
    Map<String, AttributeValue> encodedKey = keys.keyOf(encoded.attributes());
    Pending pending = new Pending(table.name(), table.codec(), Pending.Kind.PUT, item, key);
    if (budget.keep(encoded.size())) {
      return WriteOp.put(table.name(), encoded.attributes(), encodedKey, pending);
    }
    // The codec is deterministic, and the checks above already ran.
    return WriteOp.put(table.name(), () -> keys.encodeChecked(item), encodedKey, pending);
  }

  /** BatchWriteItem cannot condition a put on a version: refused unless the caller opted out. */
  private static void checkVersionedPut(TableBinding<?, ?> table, BatchWriteOptions options) {
    String version = table.codec().metadata().lifecycle().versionAttribute();
    if (version != null && !options.skipsVersionCheck()) {
      throw new IllegalArgumentException("table '" + table.name()
          + "' has the @Version attribute '" + version + "', which a batch put cannot check"
          + " (BatchWriteItem takes no conditions), so it could overwrite a newer item; use"
          + " save(item) for each item to write with the version check, or pass"
          + " BatchWriteOptions.skipVersionCheck() to write without it (or"
          + " BatchWriteOptions.restore() to store the items exactly as given); nothing was sent");
    }
  }

  /**
   * Encodes and checks a delete; the element number and key name it when it is invalid.
   *
   * @param table the item's table
   * @param keys the table's keys
   * @param key the key
   * @param element the element's number in the call, for messages
   * @param <K> the key type
   * @return the write, tagged with its {@link Pending}
   * @throws IllegalArgumentException when the key is null or invalid
   */
  public static <K> WriteOp delete(TableBinding<?, K> table, RecordKeys<?, K> keys, K key,
      int element) {
    return WriteOp.delete(table.name(), encodeKey(table, keys, key, element),
        new Pending(table.name(), table.codec(), Pending.Kind.DELETE, key, key));
  }

  /**
   * Encodes and checks a delete of an item's key.
   *
   * @param table the item's table
   * @param keys the table's keys
   * @param item the item whose key to delete
   * @param element the element's number in the call, for messages
   * @param <R> the record type
   * @param <K> the key type
   * @return the write, tagged with its {@link Pending}
   * @throws IllegalArgumentException when the item is null or its key is invalid
   */
  public static <R, K> WriteOp deleteItem(TableBinding<R, K> table, RecordKeys<R, K> keys, R item,
      int element) {
    if (item == null) {
      throw new IllegalArgumentException(where(table, element) + "the item is null");
    }
    K key;
    try {
      key = table.codec().keyOf(item);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where(table, element) + e.getMessage(), e);
    }
    return delete(table, keys, key, element);
  }

  /**
   * Encodes and checks a key; the element number and key name it when it is invalid.
   *
   * @param table the key's table
   * @param keys the table's keys
   * @param key the key
   * @param element the element's number in the call, for messages
   * @param <K> the key type
   * @return the encoded key
   * @throws IllegalArgumentException when the key is null or invalid
   */
  public static <K> Map<String, AttributeValue> encodeKey(TableBinding<?, K> table,
      RecordKeys<?, K> keys, K key, int element) {
    if (key == null) {
      throw new IllegalArgumentException(where(table, element) + "the key is null");
    }
    try {
      return keys.encode(key);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          where(table, element) + "key " + key + ": " + e.getMessage(), e);
    }
  }

  /**
   * The start of a message about one element of a batch call.
   *
   * @param table the element's table
   * @param element the element's number in the call
   * @return the prefix, naming both
   */
  public static String where(TableBinding<?, ?> table, int element) {
    return "Batch element #" + element + " for table '" + table.name() + "': ";
  }
}
