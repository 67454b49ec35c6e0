package dev.dynabind.runtime;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A version of the lock item of one item, as {@link LockedRepository#lock} read or
 * {@link LockedRepository#setAtomic} wrote it. Immutable. A write through
 * {@link LockedRepository#setAtomic} succeeds only while the stored lock still has this lifetime
 * id and this version, so holding a {@code Lock} means "I have seen the item as it was at this
 * version of this lock".
 *
 * <p>A lock item gets a new random {@link #lifetimeId()} whenever it is created: the first time,
 * after DynamoDB's TTL deleted it, or when an expired one is replaced. A {@code Lock} from an
 * earlier life therefore never matches, even when the version numbers happen to agree.
 *
 * <p>A lock past its {@link #expiresAt()} (by the {@link Dynabind#clock()}) is refused by
 * {@code setAtomic} before anything is sent: DynamoDB may delete the lock item through TTL at any
 * moment, so call {@link LockedRepository#lock} again instead.
 *
 * @param <K> the key type of the table
 */
public final class Lock<K> {
  private final String tableName;
  private final K key;
  private final long version;
  private final Instant expiresAt;
  private final String lifetimeId;

  /** A lock of an unknown lifetime, which never matches a stored lock. */
  Lock(String tableName, K key, long version, Instant expiresAt) {
    this(tableName, key, version, expiresAt, UUID.randomUUID().toString());
  }

  Lock(String tableName, K key, long version, Instant expiresAt, String lifetimeId) {
    this.tableName = Objects.requireNonNull(tableName, "tableName");
    this.key = Objects.requireNonNull(key, "key");
    this.version = version;
    this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
    this.lifetimeId = Objects.requireNonNull(lifetimeId, "lifetimeId");
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

  /**
   * The id of the lock item's lifetime: a random UUID chosen when the lock item was created, kept
   * by every later write until the item is deleted or replaced.
   *
   * @return the lifetime id
   */
  public String lifetimeId() {
    return lifetimeId;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Lock<?> that && version == that.version
        && tableName.equals(that.tableName) && key.equals(that.key)
        && expiresAt.equals(that.expiresAt) && lifetimeId.equals(that.lifetimeId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tableName, key, version, expiresAt, lifetimeId);
  }

  @Override
  public String toString() {
    return "Lock[" + tableName + " " + key + " version=" + version + " lifetime=" + lifetimeId
        + " expiresAt=" + expiresAt + "]";
  }
}
