package dev.dynabind.runtime;

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
 */
public record LockSpec(
    String suffix,
    Duration ttl,
    Duration refreshWithin,
    String versionAttribute,
    String ttlAttribute) {
  /** Checks the same rules the processor checks, for codecs written by hand. */
  public LockSpec {
    Objects.requireNonNull(suffix, "suffix");
    Objects.requireNonNull(ttl, "ttl");
    Objects.requireNonNull(refreshWithin, "refreshWithin");
    Objects.requireNonNull(versionAttribute, "versionAttribute");
    Objects.requireNonNull(ttlAttribute, "ttlAttribute");
    if (suffix.isEmpty()) {
      throw new IllegalArgumentException("lock suffix must not be empty");
    }
    if (ttl.isNegative() || ttl.isZero() || refreshWithin.isNegative()
        || refreshWithin.compareTo(ttl) >= 0) {
      throw new IllegalArgumentException("lock needs 0 <= refreshWithin < ttl, got refreshWithin="
          + refreshWithin + " ttl=" + ttl);
    }
  }
}
