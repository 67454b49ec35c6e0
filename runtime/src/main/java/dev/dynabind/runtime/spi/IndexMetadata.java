package dev.dynabind.runtime.spi;

import java.util.Objects;
import java.util.Optional;

/**
 * One secondary index of a table.
 *
 * @param name the index name
 * @param kind global or local
 * @param partitionKey a global index's partition key; {@code null} for a local index, which
 *     shares the table's partition key
 * @param sortKey the index's sort key; {@code null} for a global index without one, required for
 *     a local index
 * @param projection which attributes the index holds
 */
public record IndexMetadata(String name, Kind kind, KeyAttribute partitionKey, KeyAttribute sortKey,
    Projection projection) {

  /** Global or local secondary index. */
  public enum Kind {
    /** A global secondary index: its own partition key and optional sort key. */
    GLOBAL,
    /** A local secondary index: the table's partition key and its own sort key. */
    LOCAL
  }

  /** Which attributes an index holds. */
  public enum Projection {
    /** Every attribute of the item. */
    ALL
  }

  /**
   * Checks the key schema the kind requires.
   *
   * @param name the index name
   * @param kind global or local
   * @param partitionKey a global index's partition key; {@code null} for a local index
   * @param sortKey the index's sort key; required for a local index
   * @param projection which attributes the index holds
   */
  public IndexMetadata {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(projection, "projection");
    if (kind == Kind.GLOBAL && partitionKey == null) {
      throw new IllegalArgumentException("global index '" + name + "' needs a partition key");
    }
    if (kind == Kind.LOCAL && (partitionKey != null || sortKey == null)) {
      throw new IllegalArgumentException(
          "local index '" + name + "' has the table's partition key and needs its own sort key");
    }
  }

  /**
   * A global secondary index projecting all attributes.
   *
   * @param name the index name
   * @param partitionKey its partition key
   * @param sortKey its sort key, or {@code null}
   * @return the index
   */
  public static IndexMetadata global(String name, KeyAttribute partitionKey, KeyAttribute sortKey) {
    return new IndexMetadata(name, Kind.GLOBAL, partitionKey, sortKey, Projection.ALL);
  }

  /**
   * A local secondary index projecting all attributes.
   *
   * @param name the index name
   * @param sortKey its sort key
   * @return the index
   */
  public static IndexMetadata local(String name, KeyAttribute sortKey) {
    return new IndexMetadata(name, Kind.LOCAL, null, sortKey, Projection.ALL);
  }

  /**
   * The index's own partition key, when it is global.
   *
   * @return the partition key or empty
   */
  public Optional<KeyAttribute> partitionKeyAttribute() {
    return Optional.ofNullable(partitionKey);
  }

  /**
   * The index's sort key, when it has one.
   *
   * @return the sort key or empty
   */
  public Optional<KeyAttribute> sortKeyAttribute() {
    return Optional.ofNullable(sortKey);
  }
}
