package dev.dynabind.runtime.spi;

import java.util.Objects;
import java.util.Optional;

/**
 * What the runtime needs to know of a table besides its items: name and key schema.
 *
 * @param tableName the name in {@code @Table}, before the environment prefix is applied
 * @param partitionKey the partition (hash) key
 * @param sortKey the sort (range) key, or {@code null} when the table has none
 * @param lock the lock configuration of a {@code @LockedBy} table, or {@code null}
 */
public record TableMetadata(
    String tableName, KeyAttribute partitionKey, KeyAttribute sortKey, LockSpec lock) {
  /** Checks that the required parts are present. */
  public TableMetadata {
    Objects.requireNonNull(tableName, "tableName");
    Objects.requireNonNull(partitionKey, "partitionKey");
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
}
