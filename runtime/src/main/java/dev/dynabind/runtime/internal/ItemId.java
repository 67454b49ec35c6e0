package dev.dynabind.runtime.internal;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Identifies one item across tables: the (prefixed) table name and the encoded key. Encoded keys
 * compare by value, so two Java keys that encode alike are the same item, as DynamoDB sees it.
 *
 * @param table the table name requests use
 * @param key exactly the key attributes
 */
public record ItemId(String table, Map<String, AttributeValue> key) {
  /** Copies the key so later changes to the caller's map cannot move the item. */
  public ItemId {
    key = Map.copyOf(key);
  }

  /**
   * The identity of a stored item or a put: its attributes restricted to the key names.
   *
   * @param table the table name
   * @param item a whole item
   * @param keyNames the table's key attribute names
   * @return the identity
   */
  public static ItemId of(String table, Map<String, AttributeValue> item, Iterable<String> keyNames) {
    Map<String, AttributeValue> key = new java.util.HashMap<>(4);
    for (String name : keyNames) {
      AttributeValue value = item.get(name);
      if (value != null) {
        key.put(name, value);
      }
    }
    return new ItemId(table, key);
  }
}
