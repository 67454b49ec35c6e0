package dev.dynabind.runtime.internal.table;

import dev.dynabind.runtime.ItemDecodeException;
import dev.dynabind.runtime.spi.IndexMetadata;
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
 * numbers out of DynamoDB's range or precision, empty strings or binaries as secondary index keys,
 * sets with duplicates (also after number
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
   * Checks a whole item: its key, every attribute at any depth, and its size, in one walk.
   *
   * @return the item's size as DynamoDB counts it
   * @throws IllegalArgumentException naming the table, key and attribute of the first violation
   */
  public static long checkItem(String table, TableMetadata metadata,
      Map<String, AttributeValue> item) {
    checkKey(table, metadata, item);
    for (IndexMetadata index : metadata.indexes()) {
      refuseEmptyIndexKey(table, metadata, item, index, index.partitionKey());
      refuseEmptyIndexKey(table, metadata, item, index, index.sortKey());
    }
    RulesWalk walk = new RulesWalk();
    long size = walk.item(item);
    if (walk.refusal != null) {
      throw new IllegalArgumentException("Item " + ItemDecodeException.renderKey(metadata, item)
          + " of table '" + table + "': attribute '" + walk.path + "' " + walk.refusal);
    }
    if (size > ItemSize.MAX_BYTES) {
      throw new IllegalArgumentException("Item " + ItemDecodeException.renderKey(metadata, item)
          + " of table '" + table + "' is " + size + " bytes; DynamoDB accepts at most "
          + ItemSize.MAX_BYTES + " (400 KB, attribute names included)");
    }
    return size;
  }

  /**
   * DynamoDB refuses a write whose index key attribute is an empty string or binary: unlike a
   * missing attribute, which leaves the item out of a sparse index, empty is not allowed.
   */
  private static void refuseEmptyIndexKey(String table, TableMetadata metadata,
      Map<String, AttributeValue> item, IndexMetadata index, KeyAttribute key) {
    AttributeValue value = key == null ? null : item.get(key.attributeName());
    if (value != null && (value.s() != null ? value.s().isEmpty()
        : value.b() != null && value.b().asByteBuffer().remaining() == 0)) {
      throw new IllegalArgumentException("Item " + ItemDecodeException.renderKey(metadata, item)
          + " of table '" + table + "': attribute '" + key.attributeName() + "' is a key of index '"
          + index.name() + "' and is empty; DynamoDB refuses an empty string or binary as an"
          + " index key (store null to leave the item out of the index)");
    }
  }

  private static void checkKeyAttribute(String table, TableMetadata metadata,
      Map<String, AttributeValue> key, KeyAttribute attribute, int maxBytes, String kind) {
    AttributeValue value = key.get(attribute.attributeName());
    if (value == null) {
      return; // the codec refuses a missing key component, naming it
    }
    long bytes = value.s() != null ? ItemSize.utf8(value.s())
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

  /**
   * The size walk with DynamoDB's rules for every scalar and set on the way. It stops at the
   * first refusal; the path (such as {@code lines[2].price}) is built only then, on the way back
   * up: most items are valid, and building it for every nested element cost a string per element
   * per put.
   */
  private static final class RulesWalk extends ItemSize.Walk {
    private String refusal;
    private String path = "";

    @Override
    boolean leaf(AttributeValue value) {
      refusal = check(value);
      return refusal == null;
    }

    @Override
    boolean stopped() {
      return refusal != null;
    }

    @Override
    void stoppedBelow(String step) {
      path = step + path;
    }
  }

  /** Why DynamoDB would refuse a scalar or a set; null when it would not. */
  private static String check(AttributeValue value) {
    switch (value.type()) {
      case N:
        return numberRefusal(value.n());
      case NS: {
        Set<String> seen = new HashSet<>();
        for (String number : value.ns()) {
          String refusal = numberRefusal(number);
          if (refusal != null) {
            return refusal;
          }
          if (!seen.add(DynamoNumbers.canonical(number))) {
            return "holds one number twice, in the same or another form (such as"
                + " 1.5 and 1.50); DynamoDB refuses duplicates in a set";
          }
        }
        return emptySet(value.ns());
      }
      case SS:
        return duplicates(value.ss(), Function.identity());
      case BS:
        return duplicates(value.bs(), SdkBytes::asByteBuffer);
      default:
        return null;
    }
  }

  private static String numberRefusal(String number) {
    String reason = DynamoNumbers.refusal(number);
    return reason == null ? null : "holds a number that " + reason;
  }

  private static <T> String duplicates(List<T> elements, Function<T, ?> identity) {
    Set<Object> seen = new HashSet<>();
    for (T element : elements) {
      if (!seen.add(identity.apply(element))) {
        return "holds one element twice; DynamoDB refuses duplicates in a set";
      }
    }
    return emptySet(elements);
  }

  private static String emptySet(List<?> elements) {
    return elements.isEmpty()
        ? "is an empty set; DynamoDB has no empty sets (store nothing instead)"
        : null;
  }
}
