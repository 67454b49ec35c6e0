package dev.dynabind.runtime.internal.table;

import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Identifies one item across tables: the (prefixed) table name and the encoded key. Two ids are
 * equal when DynamoDB would take them for the same item: numbers compare by value, because
 * DynamoDB answers with its own form of a number ({@code 1.5} for a key sent as {@code 1.50}).
 * The key itself is kept as given, and that is what requests send.
 */
public final class ItemId {
  private final String table;
  private final Map<String, AttributeValue> key;
  private final Map<String, AttributeValue> identity;
  private final int hash;

  /**
   * Copies the key so later changes to the caller's map cannot move the item.
   *
   * @param table the table name requests use
   * @param key exactly the key attributes
   */
  public ItemId(String table, Map<String, AttributeValue> key) {
    this.table = table;
    this.key = Map.copyOf(key);
    this.identity = canonical(this.key);
    this.hash = 31 * table.hashCode() + identity.hashCode();
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
    Map<String, AttributeValue> key = new HashMap<>(4);
    for (String name : keyNames) {
      AttributeValue value = item.get(name);
      if (value != null) {
        key.put(name, value);
      }
    }
    return new ItemId(table, key);
  }

  /**
   * The table name requests use.
   *
   * @return the table name
   */
  public String table() {
    return table;
  }

  /**
   * The key attributes as given, numbers in the caller's form.
   *
   * @return the key
   */
  public Map<String, AttributeValue> key() {
    return key;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ItemId id && hash == id.hash && table.equals(id.table)
        && identity.equals(id.identity);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    return table + key;
  }

  /** The key with every number in one form; the same map when it already is. */
  private static Map<String, AttributeValue> canonical(Map<String, AttributeValue> key) {
    Map<String, AttributeValue> result = key;
    for (Map.Entry<String, AttributeValue> entry : key.entrySet()) {
      String number = entry.getValue().n();
      if (number == null) {
        continue;
      }
      String canonical = DynamoNumbers.canonical(number);
      if (!canonical.equals(number)) {
        if (result == key) {
          result = new HashMap<>(key);
        }
        result.put(entry.getKey(), AttributeValue.fromN(canonical));
      }
    }
    return result;
  }
}
