package dev.dynabind.runtime.internal.table;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Identifies one item across tables: the (prefixed) table name and the encoded key. Two ids are
 * equal when DynamoDB would take them for the same item: numbers compare by value, because
 * DynamoDB answers with its own form of a number ({@code 1.5} for a key sent as {@code 1.50}).
 * The key itself is kept as given, and that is what requests send.
 *
 * <p>Equality and hashing look only at the key's scalars (S, N, B), not at whole
 * {@code AttributeValue}s, whose own {@code equals} and {@code hashCode} visit every member of the
 * union: batch calls hash and compare ids to de-duplicate, to track what is pending and to match
 * every item an answer returns.
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
    int keyHash = 0;
    for (Map.Entry<String, AttributeValue> entry : identity.entrySet()) {
      keyHash += entry.getKey().hashCode() ^ scalarHash(entry.getValue());
    }
    this.hash = 31 * table.hashCode() + keyHash;
  }

  /**
   * The identity of a stored item or a put: its attributes restricted to the key names.
   *
   * @param table the table name
   * @param item a whole item
   * @param keyNames the table's key attribute names
   * @return the identity
   */
  public static ItemId of(String table, Map<String, AttributeValue> item, List<String> keyNames) {
    if (keyNames.size() == 1) {
      // The common case, a partition key alone: an immutable map that the constructor keeps.
      String name = keyNames.get(0);
      AttributeValue value = item.get(name);
      return new ItemId(table, value == null ? Map.of() : Map.of(name, value));
    }
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
    if (!(other instanceof ItemId id && hash == id.hash && table.equals(id.table)
        && identity.size() == id.identity.size())) {
      return false;
    }
    for (Map.Entry<String, AttributeValue> entry : identity.entrySet()) {
      AttributeValue theirs = id.identity.get(entry.getKey());
      if (theirs == null || !sameScalar(entry.getValue(), theirs)) {
        return false;
      }
    }
    return true;
  }

  /** A key attribute's hash from its scalar; any other type (refused in keys) as a whole. */
  private static int scalarHash(AttributeValue value) {
    if (value.s() != null) {
      return value.s().hashCode();
    }
    if (value.n() != null) {
      return 31 * value.n().hashCode() + 1;
    }
    return value.b() != null ? 31 * value.b().hashCode() + 2 : value.hashCode();
  }

  /** Whether two key attributes hold the same scalar of the same type. */
  private static boolean sameScalar(AttributeValue mine, AttributeValue theirs) {
    if (mine.s() != null) {
      return mine.s().equals(theirs.s());
    }
    if (mine.n() != null) {
      return mine.n().equals(theirs.n());
    }
    return mine.b() != null ? mine.b().equals(theirs.b()) : mine.equals(theirs);
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
