package dev.dynabind.runtime.spi;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What the runtime needs to know of a table besides its items: name, key schema, secondary
 * indexes and the stored type of every attribute.
 *
 * @param tableName the name in {@code @Table}, before the environment prefix is applied
 * @param partitionKey the partition (hash) key
 * @param sortKey the sort (range) key, or {@code null} when the table has none
 * @param lock the lock configuration of a {@code @LockedBy} table, or {@code null}
 * @param indexes the secondary indexes, in declaration order; unmodifiable
 * @param attributes the stored attributes in the order of the record's components; unmodifiable,
 *     and empty for codecs written by hand against the four-part constructor
 * @param lifecycle the attributes the lifecycle annotations mark; {@link LifecycleSpec#NONE}
 *     for codecs written against the shorter constructors
 */
public record TableMetadata(
    String tableName,
    KeyAttribute partitionKey,
    KeyAttribute sortKey,
    LockSpec lock,
    List<IndexMetadata> indexes,
    List<StoredAttribute> attributes,
    LifecycleSpec lifecycle) {
  /**
   * Checks that the required parts are present, that names are unique, and that the attributes
   * marked as keys are the key schema's (when attributes are described at all).
   *
   * @param tableName the name in {@code @Table}, before the environment prefix is applied
   * @param partitionKey the partition (hash) key
   * @param sortKey the sort (range) key, or {@code null} when the table has none
   * @param lock the lock configuration of a {@code @LockedBy} table, or {@code null}
   * @param indexes the secondary indexes; copied
   * @param attributes the stored attributes in component order; copied
   * @param lifecycle the attributes the lifecycle annotations mark
   */
  public TableMetadata {
    Objects.requireNonNull(tableName, "tableName");
    Objects.requireNonNull(partitionKey, "partitionKey");
    Objects.requireNonNull(lifecycle, "lifecycle");
    indexes = List.copyOf(indexes);
    attributes = List.copyOf(attributes);
    Set<String> names = new HashSet<>();
    for (IndexMetadata index : indexes) {
      if (!names.add(index.name())) {
        throw new IllegalArgumentException(
            "table '" + tableName + "' has two indexes named '" + index.name() + "'");
      }
    }
    names.clear();
    Set<String> keys = new HashSet<>();
    for (StoredAttribute attribute : attributes) {
      if (!names.add(attribute.attributeName())) {
        throw new IllegalArgumentException("table '" + tableName
            + "' has two attributes stored as '" + attribute.attributeName() + "'");
      }
      if (attribute.key()) {
        keys.add(attribute.attributeName());
      }
    }
    Set<String> schema = new HashSet<>();
    schema.add(partitionKey.attributeName());
    if (sortKey != null) {
      schema.add(sortKey.attributeName());
    }
    if (!attributes.isEmpty() && !keys.equals(schema)) {
      throw new IllegalArgumentException("table '" + tableName + "' marks " + keys
          + " as keys but its key schema is " + schema);
    }
  }

  /**
   * The metadata of a table without lifecycle annotations.
   *
   * @param tableName the name in {@code @Table}, before the environment prefix is applied
   * @param partitionKey the partition (hash) key
   * @param sortKey the sort (range) key, or {@code null} when the table has none
   * @param lock the lock configuration of a {@code @LockedBy} table, or {@code null}
   * @param indexes the secondary indexes; copied
   * @param attributes the stored attributes in component order; copied
   */
  public TableMetadata(String tableName, KeyAttribute partitionKey, KeyAttribute sortKey,
      LockSpec lock, List<IndexMetadata> indexes, List<StoredAttribute> attributes) {
    this(tableName, partitionKey, sortKey, lock, indexes, attributes, LifecycleSpec.NONE);
  }

  /**
   * The metadata of a codec that describes no indexes and no attribute types, as codecs written
   * by hand before those existed do.
   *
   * @param tableName the name in {@code @Table}, before the environment prefix is applied
   * @param partitionKey the partition (hash) key
   * @param sortKey the sort (range) key, or {@code null} when the table has none
   * @param lock the lock configuration of a {@code @LockedBy} table, or {@code null}
   */
  public TableMetadata(
      String tableName, KeyAttribute partitionKey, KeyAttribute sortKey, LockSpec lock) {
    this(tableName, partitionKey, sortKey, lock, List.of(), List.of(), LifecycleSpec.NONE);
  }

  /**
   * The sort key, when the table has one.
   *
   * @return the sort key or empty
   */
  public Optional<KeyAttribute> sortKeyAttribute() {
    return Optional.ofNullable(sortKey);
  }

  /**
   * The lock configuration, when the table is {@code @LockedBy}.
   *
   * @return the lock configuration or empty
   */
  public Optional<LockSpec> lockSpec() {
    return Optional.ofNullable(lock);
  }

  /**
   * Whether a stored item (or key) is the lock item of another item rather than a record: its
   * sort key (or partition key without one) is a string ending with the lock suffix.
   *
   * @param item the stored item or key
   * @return true for a lock item; always false without {@code @LockedBy}
   */
  public boolean isLockItem(Map<String, AttributeValue> item) {
    if (lock == null) {
      return false;
    }
    AttributeValue value = item.get((sortKey != null ? sortKey : partitionKey).attributeName());
    return value != null && value.s() != null && value.s().endsWith(lock.suffix());
  }

  /**
   * The top-level attribute stored under a name; nested members are reached through
   * {@link AttributeShape#record()} and {@link RecordShape#member(String)}.
   *
   * @param attributeName the stored (attribute) name, not the component name
   * @return the attribute or empty
   */
  public Optional<StoredAttribute> attribute(String attributeName) {
    return StoredAttribute.find(attributes, attributeName);
  }

  /**
   * The secondary index with a name.
   *
   * @param name the index name
   * @return the index or empty
   */
  public Optional<IndexMetadata> index(String name) {
    Objects.requireNonNull(name, "name");
    return indexes.stream().filter(index -> index.name().equals(name)).findFirst();
  }
}
