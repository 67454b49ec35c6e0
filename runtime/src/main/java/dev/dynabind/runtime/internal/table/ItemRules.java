package dev.dynabind.runtime.internal.table;

import dev.dynabind.runtime.ItemDecodeException;
import dev.dynabind.runtime.spi.KeyAttribute;
import dev.dynabind.runtime.spi.TableMetadata;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What DynamoDB would refuse in a key or item, found before anything is sent: key byte limits,
 * numbers out of DynamoDB's range or precision, sets with duplicates (also after number
 * normalisation: {@code 1.5} and {@code 1.50}) or none at all, and items over 400 KB. Without
 * this the server finds them, after part of a batch was already written.
 *
 * <p>Messages name the table as requests do, the key and the attribute path; never the value of
 * an attribute that is not a key.
 */
public final class ItemRules {
  /** DynamoDB's limit on a partition key value: UTF-8 bytes of S, bytes of B. */
  public static final int MAX_PARTITION_KEY_BYTES = 2048;
  /** DynamoDB's limit on a sort key value. */
  public static final int MAX_SORT_KEY_BYTES = 1024;

  private ItemRules() {}

  /**
   * Checks the key attributes of a key or an item.
   *
   * @throws IllegalArgumentException naming the table, key and attribute of the first violation
   */
  public static void checkKey(String table, TableMetadata metadata, Map<String, AttributeValue> key) {
    checkKeyAttribute(table, metadata, key, metadata.partitionKey(), MAX_PARTITION_KEY_BYTES,
        "partition");
    if (metadata.sortKey() != null) {
      checkKeyAttribute(table, metadata, key, metadata.sortKey(), MAX_SORT_KEY_BYTES, "sort");
    }
  }

  /**
   * Checks a whole item: its key, every attribute at any depth, and its size.
   *
   * @throws IllegalArgumentException naming the table, key and attribute of the first violation
   */
  public static void checkItem(String table, TableMetadata metadata, Map<String, AttributeValue> item) {
    checkKey(table, metadata, item);
    for (Map.Entry<String, AttributeValue> attribute : item.entrySet()) {
      String reason = check(attribute.getValue(), attribute.getKey());
      if (reason != null) {
        throw new IllegalArgumentException("Item " + ItemDecodeException.renderKey(metadata, item)
            + " of table '" + table + "': attribute " + reason);
      }
    }
    long size = ItemSize.of(item);
    if (size > ItemSize.MAX_BYTES) {
      throw new IllegalArgumentException("Item " + ItemDecodeException.renderKey(metadata, item)
          + " of table '" + table + "' is " + size + " bytes; DynamoDB accepts at most "
          + ItemSize.MAX_BYTES + " (400 KB, attribute names included)");
    }
  }

  private static void checkKeyAttribute(String table, TableMetadata metadata,
      Map<String, AttributeValue> key, KeyAttribute attribute, int maxBytes, String kind) {
    AttributeValue value = key.get(attribute.attributeName());
    if (value == null) {
      return; // the codec refuses a missing key component, naming it
    }
    long bytes = value.s() != null ? utf8Length(value.s())
        : value.b() != null ? value.b().asByteBuffer().remaining() : 0;
    if (bytes > maxBytes) {
      // The key is not rendered: it is the thing that is too long.
      throw new IllegalArgumentException("Key attribute '" + attribute.attributeName()
          + "' of table '" + table + "' is " + bytes + " bytes; DynamoDB accepts at most "
          + maxBytes + " for a " + kind + " key");
    }
    if (value.n() != null) {
      String reason = DynamoNumbers.refusal(value.n());
      if (reason != null) {
        throw new IllegalArgumentException("Key " + ItemDecodeException.renderKey(metadata, key)
            + " of table '" + table + "': attribute '" + attribute.attributeName() + "' "
            + reason);
      }
    }
  }

  /** The quoted path and why DynamoDB would refuse the value there; null when it would not. */
  private static String check(AttributeValue value, String path) {
    switch (value.type()) {
      case N:
        return numberAt(value.n(), path);
      case NS: {
        Set<String> seen = new HashSet<>();
        for (String number : value.ns()) {
          String reason = numberAt(number, path);
          if (reason != null) {
            return reason;
          }
          if (!seen.add(DynamoNumbers.canonical(number))) {
            return "'" + path + "' holds one number twice, in the same or another form (such as"
                + " 1.5 and 1.50); DynamoDB refuses duplicates in a set";
          }
        }
        return emptySet(value.ns(), path);
      }
      case SS:
        return duplicates(value.ss(), path, Function.identity());
      case BS:
        return duplicates(value.bs(), path, SdkBytes::asByteBuffer);
      case L: {
        List<AttributeValue> elements = value.l();
        for (int i = 0; i < elements.size(); i++) {
          String reason = check(elements.get(i), path + "[" + i + "]");
          if (reason != null) {
            return reason;
          }
        }
        return null;
      }
      case M:
        for (Map.Entry<String, AttributeValue> entry : value.m().entrySet()) {
          String reason = check(entry.getValue(), path + "." + entry.getKey());
          if (reason != null) {
            return reason;
          }
        }
        return null;
      default:
        return null;
    }
  }

  private static String numberAt(String number, String path) {
    String reason = DynamoNumbers.refusal(number);
    return reason == null ? null : "'" + path + "' holds a number that " + reason;
  }

  private static <T> String duplicates(List<T> elements, String path, Function<T, ?> identity) {
    Set<Object> seen = new HashSet<>();
    for (T element : elements) {
      if (!seen.add(identity.apply(element))) {
        return "'" + path + "' holds one element twice; DynamoDB refuses duplicates in a set";
      }
    }
    return emptySet(elements, path);
  }

  private static String emptySet(List<?> elements, String path) {
    return elements.isEmpty()
        ? "'" + path + "' is an empty set; DynamoDB has no empty sets (store nothing instead)"
        : null;
  }

  private static long utf8Length(String text) {
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }
}
