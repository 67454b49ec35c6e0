package dev.dynabind.runtime;

import dev.dynabind.runtime.internal.config.Arguments;
import dev.dynabind.runtime.internal.table.ItemSize;
import dev.dynabind.runtime.spi.KeyAttribute;
import dev.dynabind.runtime.spi.TableCodec;
import dev.dynabind.runtime.spi.TableMetadata;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * A table whose items and keys are raw attribute maps rather than records: for tools that work on
 * any table (bulk import, the command-line tool). API.
 *
 * <p>It is a {@link Repository} of {@code Map<String, AttributeValue>}, so every operation keeps
 * its rules: {@link #batchSave(java.util.stream.Stream)} writes in BatchWriteItem requests of 25
 * with retries and bounded memory, and an {@link UnprocessedItemsException} hands back exactly the
 * maps not written ({@code e.itemsOf(table)}). Items are written as given; each must hold the key
 * attributes with the key schema's types. Keys passed to {@link #get} or {@link #delete} are maps
 * holding exactly the key attributes.
 *
 * <pre>{@code
 * RawTable events = RawTable.describe(db, "events");
 * events.batchSave(Stream.of(Map.of("id", AttributeValue.fromS("e-1"),
 *                                   "n", AttributeValue.fromN("7"))));
 * }</pre>
 */
public final class RawTable
    extends Repository<Map<String, AttributeValue>, Map<String, AttributeValue>> {

  private RawTable(Dynabind db, TableMetadata metadata) {
    super(db, new RawCodec(metadata));
  }

  /**
   * A table with a known key schema.
   *
   * @param db the entry point; its table name prefix is applied to {@code tableName}
   * @param tableName the table name before the prefix
   * @param partitionKey the partition key
   * @param sortKey the sort key, or {@code null} when the table has none
   * @return the table
   * @throws IllegalArgumentException when an argument is null, the name is shorter than 3
   *     characters, or both keys have one name
   */
  public static RawTable of(Dynabind db, String tableName, KeyAttribute partitionKey,
      KeyAttribute sortKey) {
    Arguments.required(db, "db");
    Arguments.required(tableName, "tableName");
    Arguments.required(partitionKey, "partitionKey");
    if (tableName.length() < 3) {
      throw new IllegalArgumentException("tableName '" + tableName + "' is shorter than 3");
    }
    if (sortKey != null && sortKey.attributeName().equals(partitionKey.attributeName())) {
      throw new IllegalArgumentException("table '" + tableName + "': partition and sort key are"
          + " both named '" + sortKey.attributeName() + "'");
    }
    return new RawTable(db, new TableMetadata(tableName, partitionKey, sortKey, null));
  }

  /**
   * A table whose key schema is read from DynamoDB with one DescribeTable request.
   *
   * @param db the entry point; its table name prefix is applied to {@code tableName}
   * @param tableName the table name before the prefix
   * @return the table
   * @throws IllegalArgumentException when an argument is null or the name is too short
   * @throws TableNotFoundException when the table does not exist
   */
  public static RawTable describe(Dynabind db, String tableName) {
    Arguments.required(db, "db");
    Arguments.required(tableName, "tableName");
    if (tableName.length() < 3) {
      throw new IllegalArgumentException("tableName '" + tableName + "' is shorter than 3");
    }
    String requested = db.tableNamePrefix() + tableName;
    TableDescription table;
    try {
      table = db.client().describeTable(b -> b.tableName(requested)).table();
    } catch (software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException e) {
      throw new TableNotFoundException(java.util.List.of(requested), e);
    }
    KeyAttribute partition = null;
    KeyAttribute sort = null;
    for (KeySchemaElement element : table.keySchema()) {
      KeyAttribute key = new KeyAttribute(element.attributeName(), element.attributeName(),
          typeOf(table, element.attributeName()));
      if (element.keyType() == KeyType.HASH) {
        partition = key;
      } else {
        sort = key;
      }
    }
    return of(db, tableName, partition, sort);
  }

  private static ScalarAttributeType typeOf(TableDescription table, String name) {
    for (AttributeDefinition definition : table.attributeDefinitions()) {
      if (definition.attributeName().equals(name)) {
        return definition.attributeType();
      }
    }
    throw new IllegalStateException("table '" + table.tableName() + "' describes no type for key '"
        + name + "'");
  }

  /**
   * The key schema: the partition key, then the sort key if any.
   *
   * @return the metadata, with no indexes and no attribute types
   */
  public TableMetadata metadata() {
    return codec().metadata();
  }

  /**
   * An item's size as DynamoDB counts it, for its 400 KB item limit and its capacity units (a
   * write costs one unit per started KB, a strongly consistent read one per started 4 KB): for
   * every attribute the UTF-8 length of its name plus the size of its value, following the
   * DynamoDB developer guide, "Item sizes and formats". The runtime checks items against their
   * limit with the same count.
   *
   * @param item the stored attributes, for example a record encoded by its codec
   * @return the size in bytes
   * @throws IllegalArgumentException when {@code item} is null
   */
  public static long itemSize(Map<String, AttributeValue> item) {
    Arguments.required(item, "item");
    return ItemSize.of(item);
  }

  /** Items are their own encoding; keys are the key attributes, checked present. */
  private record RawCodec(TableMetadata metadata)
      implements TableCodec<Map<String, AttributeValue>, Map<String, AttributeValue>> {

    @Override
    public Map<String, AttributeValue> encode(Map<String, AttributeValue> item) {
      keyOf(item);
      return new HashMap<>(item);
    }

    @Override
    public Map<String, AttributeValue> decode(Map<String, AttributeValue> item) {
      return item;
    }

    @Override
    public Map<String, AttributeValue> encodeKey(Map<String, AttributeValue> key) {
      Objects.requireNonNull(key, "key");
      if (key.size() != (metadata.sortKey() == null ? 1 : 2)) {
        throw new IllegalArgumentException("table '" + metadata.tableName() + "': a key holds "
            + "exactly the key attributes, not " + key.keySet());
      }
      return keyOf(key);
    }

    @Override
    public Map<String, AttributeValue> keyOf(Map<String, AttributeValue> item) {
      Map<String, AttributeValue> key = new HashMap<>(4);
      copyKey(item, metadata.partitionKey(), key);
      if (metadata.sortKey() != null) {
        copyKey(item, metadata.sortKey(), key);
      }
      return key;
    }

    private void copyKey(Map<String, AttributeValue> item, KeyAttribute attribute,
        Map<String, AttributeValue> key) {
      AttributeValue value = item.get(attribute.attributeName());
      boolean typed = value != null && switch (attribute.type()) {
        case S -> value.s() != null && !value.s().isEmpty();
        case N -> value.n() != null;
        case B -> value.b() != null && value.b().asByteBuffer().hasRemaining();
        default -> false;
      };
      if (!typed) {
        throw new IllegalArgumentException("table '" + metadata.tableName() + "': key '"
            + attribute.attributeName() + "' is missing, empty or not of type "
            + attribute.type());
      }
      key.put(attribute.attributeName(), value);
    }
  }
}
