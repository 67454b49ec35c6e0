package dev.dynabind.runtime;

import java.time.Instant;
import java.util.Objects;

/**
 * A version of the lock item of one item, as {@link LockedRepository#lock} read or
 * {@link LockedRepository#setAtomic} wrote it. Immutable. A write through
 * {@link LockedRepository#setAtomic} succeeds only while the stored lock still has this version,
 * so holding a {@code Lock} means "I have seen the item as it was at this version".
 *
 * <p>A lock past its {@link #expiresAt()} is refused by {@code setAtomic} before anything is
 * sent: DynamoDB may have deleted the lock item through TTL, and a recreated lock could reuse the
 * version. Call {@link LockedRepository#lock} again instead.
 *
 * @param <K> the key type of the table
 */
public final class Lock<K> {
  private final String tableName;
  private final K key;
  private final long version;
  private final Instant expiresAt;

  Lock(String tableName, K key, long version, Instant expiresAt) {
    this.tableName = Objects.requireNonNull(tableName, "tableName");
    this.key = Objects.requireNonNull(key, "key");
    this.version = version;
    this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
  }

  /**
   * The table of the locked item, prefix included.
   *
   * @return the table name
   */
  public String tableName() {
    return tableName;
  }

  /**
   * The key of the locked item (not of the lock item).
   *
   * @return the key
   */
  public K key() {
    return key;
  }

  /**
   * The version of the lock item; every atomic write increments it.
   *
   * @return the version
   */
  public long version() {
    return version;
  }

  /**
   * When the lock item expires, to the second, as stored in its TTL attribute.
   *
   * @return the expiry
   */
  public Instant expiresAt() {
    return expiresAt;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Lock<?> that && version == that.version
        && tableName.equals(that.tableName) && key.equals(that.key)
        && expiresAt.equals(that.expiresAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tableName, key, version, expiresAt);
  }

  @Override
  public String toString() {
    return "Lock[" + tableName + " " + key + " version=" + version + " expiresAt=" + expiresAt + "]";
  }
}
