package dev.dynabind.runtime.internal.table;

import dev.dynabind.runtime.spi.IndexMetadata;
import dev.dynabind.runtime.spi.KeyAttribute;
import dev.dynabind.runtime.spi.LockSpec;
import dev.dynabind.runtime.spi.TableMetadata;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What a paged read reads: a table, or one of its secondary indexes, with the keys its queries
 * name and the keys a page must remember to continue after an item.
 *
 * @param tableName the table name requests use, prefix included
 * @param metadata the table
 * @param index the index read, or null for the table itself
 */
public record ReadTarget(String tableName, TableMetadata metadata, IndexMetadata index) {
  /**
   * Checks that the parts are present.
   *
   * @param tableName the table name requests use
   * @param metadata the table
   * @param index the index, or null
   */
  public ReadTarget {
    Objects.requireNonNull(tableName, "tableName");
    Objects.requireNonNull(metadata, "metadata");
  }

  /**
   * The index of a table by name.
   *
   * @param tableName the table name requests use
   * @param metadata the table
   * @param indexName an index of the table
   * @return the target
   * @throws IllegalArgumentException when the table has no such index
   */
  public static ReadTarget index(String tableName, TableMetadata metadata, String indexName) {
    IndexMetadata index = metadata.index(indexName).orElseThrow(() -> new IllegalArgumentException(
        "table '" + tableName + "' has no index '" + indexName + "'"));
    return new ReadTarget(tableName, metadata, index);
  }

  /**
   * The index name requests send, or null for the table.
   *
   * @return the name or null
   */
  public String indexName() {
    return index == null ? null : index.name();
  }

  /**
   * The partition key of queries: the global index's own, else the table's.
   *
   * @return the key
   */
  public KeyAttribute partitionKey() {
    return index != null && index.partitionKey() != null
        ? index.partitionKey() : metadata.partitionKey();
  }

  /**
   * The sort key of queries, or null when there is none.
   *
   * @return the key or null
   */
  public KeyAttribute sortKey() {
    return index != null ? index.sortKey() : metadata.sortKey();
  }

  /**
   * Whether strongly consistent reads are possible: not on a global index.
   *
   * @return false for a global index
   */
  public boolean allowsConsistentRead() {
    return index == null || index.kind() == IndexMetadata.Kind.LOCAL;
  }

  /**
   * Stored names of the attributes only a lock item carries (a record never has them: the
   * processor refuses them), so a read excludes lock items on the server, counts included.
   *
   * @return empty for a table without locks
   */
  public List<String> lockOnlyAttributes() {
    LockSpec lock = metadata.lock();
    return lock == null ? List.of() : List.of(lock.versionAttribute(), lock.ttlAttribute());
  }

  /**
   * The key to continue a read after a stored item: the table's keys and, for an index, the
   * index's keys, as DynamoDB's {@code ExclusiveStartKey} needs them.
   *
   * @param item a stored item read by this target, with its key attributes
   * @return the start key
   */
  public Map<String, AttributeValue> startKeyOf(Map<String, AttributeValue> item) {
    Map<String, AttributeValue> key = new HashMap<>();
    for (String name : startKeyNames()) {
      key.put(name, item.get(name));
    }
    return key;
  }

  /**
   * The attribute names of {@link #startKeyOf}.
   *
   * @return table keys, then index keys not among them
   */
  public List<String> startKeyNames() {
    List<String> names = new ArrayList<>(RecordKeys.keyNames(metadata));
    if (index != null) {
      for (KeyAttribute key : new KeyAttribute[] {index.partitionKey(), index.sortKey()}) {
        if (key != null && !names.contains(key.attributeName())) {
          names.add(key.attributeName());
        }
      }
    }
    return names;
  }

  /**
   * Where this read happens, for messages.
   *
   * @return such as {@code index 'byStatus' of table 'dev_orders'}
   */
  public String describe() {
    return (index == null ? "" : "index '" + index.name() + "' of ") + "table '" + tableName + "'";
  }
}
