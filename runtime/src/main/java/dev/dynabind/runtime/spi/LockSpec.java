package dev.dynabind.runtime.spi;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@code @LockedBy} table keeps its lock items, as checked at compile time.
 *
 * @param suffix appended to the sort key (or the partition key without one) to form the lock key
 * @param ttl how long a lock item lives after it was written
 * @param refreshWithin a lock read this close to expiry has its expiry extended
 * @param versionAttribute the lock item's version attribute
 * @param ttlAttribute the lock item's epoch-seconds expiry attribute, the table's TTL attribute
 * @param lifetimeAttribute the lock item's lifetime id attribute: a random UUID chosen whenever
 *     the lock item is created, so versions from an earlier life of the lock never match
 * @param toleratedSkew how far a client's clock may run ahead without it ever replacing a lock
 *     that is still live: an expired lock is replaced only this long after its expiry
 */
public record LockSpec(
    String suffix,
    Duration ttl,
    Duration refreshWithin,
    String versionAttribute,
    String ttlAttribute,
    String lifetimeAttribute,
    Duration toleratedSkew) {
  /** The lifetime id attribute of {@code @LockedBy} tables. */
  public static final String DEFAULT_LIFETIME_ATTRIBUTE = "lifetime";
  /** The clock skew {@code @LockedBy} tables tolerate. */
  public static final Duration DEFAULT_TOLERATED_SKEW = Duration.ofMinutes(5);

  /**
   * Checks the same rules the processor checks, for codecs written by hand.
   *
   * @param suffix appended to the sort key (or the partition key without one)
   * @param ttl how long a lock item lives after it was written
   * @param refreshWithin a lock read this close to expiry has its expiry extended
   * @param versionAttribute the lock item's version attribute
   * @param ttlAttribute the lock item's epoch-seconds expiry attribute
   * @param lifetimeAttribute the lock item's lifetime id attribute
   * @param toleratedSkew how long after its expiry a lock may be replaced; not negative
   */
  public LockSpec {
    Objects.requireNonNull(suffix, "suffix");
    Objects.requireNonNull(ttl, "ttl");
    Objects.requireNonNull(refreshWithin, "refreshWithin");
    Objects.requireNonNull(versionAttribute, "versionAttribute");
    Objects.requireNonNull(ttlAttribute, "ttlAttribute");
    Objects.requireNonNull(lifetimeAttribute, "lifetimeAttribute");
    Objects.requireNonNull(toleratedSkew, "toleratedSkew");
    if (suffix.isEmpty()) {
      throw new IllegalArgumentException("lock suffix must not be empty");
    }
    if (ttl.isNegative() || ttl.isZero() || refreshWithin.isNegative()
        || refreshWithin.compareTo(ttl) >= 0) {
      throw new IllegalArgumentException("lock needs 0 <= refreshWithin < ttl, got refreshWithin="
          + refreshWithin + " ttl=" + ttl);
    }
    if (toleratedSkew.isNegative()) {
      throw new IllegalArgumentException("lock toleratedSkew must be >= 0, got " + toleratedSkew);
    }
    if (versionAttribute.equals(ttlAttribute) || lifetimeAttribute.equals(versionAttribute)
        || lifetimeAttribute.equals(ttlAttribute)) {
      throw new IllegalArgumentException("lock attributes must differ, got versionAttribute="
          + versionAttribute + " ttlAttribute=" + ttlAttribute + " lifetimeAttribute="
          + lifetimeAttribute);
    }
  }

  /**
   * The lock configuration generated code and earlier hand-written codecs create: lifetime ids in
   * {@value #DEFAULT_LIFETIME_ATTRIBUTE}, a tolerated skew of {@link #DEFAULT_TOLERATED_SKEW}.
   *
   * @param suffix appended to the sort key (or the partition key without one)
   * @param ttl how long a lock item lives after it was written
   * @param refreshWithin a lock read this close to expiry has its expiry extended
   * @param versionAttribute the lock item's version attribute
   * @param ttlAttribute the lock item's epoch-seconds expiry attribute
   */
  public LockSpec(String suffix, Duration ttl, Duration refreshWithin, String versionAttribute,
      String ttlAttribute) {
    this(suffix, ttl, refreshWithin, versionAttribute, ttlAttribute, DEFAULT_LIFETIME_ATTRIBUTE,
        DEFAULT_TOLERATED_SKEW);
  }
}
