package dev.dynabind.runtime.internal.lifecycle;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/**
 * UUIDs of version 7 (RFC 9562, section 5.7) that are strictly increasing in the order they are
 * generated, across threads: 48 bits of Unix milliseconds from the clock, the version, then 74
 * bits that start random in each new millisecond and count up by one for every further id of that
 * millisecond (the monotonic random of RFC 9562, section 6.2, method 2).
 *
 * <p>The 74 bits start with their top bit clear, so a millisecond holds at least 2^73 ids before
 * the counter overflows; should it ever, the timestamp moves on by one millisecond. When the clock
 * stands still or goes back (a test clock, an NTP step), the last timestamp is kept and the
 * counter goes on, so order never breaks; ids then carry a timestamp slightly ahead of the clock.
 *
 * <p>Ordering holds for the UUIDs ({@link UUID#compareTo}, whose signed comparison agrees with the
 * unsigned byte order for these until the year 10889) and for their text form. Thread-safe: one
 * lock around a few arithmetic operations; {@link SecureRandom} is called once per millisecond.
 */
public final class UuidV7Generator {
  private static final long VERSION_7 = 0x7000L;
  private static final long VARIANT = 0x8000_0000_0000_0000L;
  private static final long RAND_A_MASK = 0x0FFFL;
  private static final long RAND_B_MASK = 0x3FFF_FFFF_FFFF_FFFFL;
  private static final long MAX_TIMESTAMP = (1L << 48) - 1;

  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private long lastMillis = Long.MIN_VALUE;
  /** The 12 bits after the version. */
  private long randA;
  /** The 62 bits after the variant. */
  private long randB;

  /**
   * A generator whose timestamps come from a clock.
   *
   * @param clock the clock
   */
  public UuidV7Generator(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * The next id: greater than every id this generator returned before.
   *
   * @return a version 7, variant 2 UUID
   */
  public UUID next() {
    long millis = clock.millis();
    long a;
    long b;
    long timestamp;
    synchronized (this) {
      if (millis > lastMillis) {
        lastMillis = millis;
        // Top bit of the 74 clear: room for 2^73 more ids in this millisecond.
        randA = random.nextInt(1 << 11);
        randB = random.nextLong() & RAND_B_MASK;
      } else if (randB < RAND_B_MASK) {
        randB++;
      } else if (randA < RAND_A_MASK) {
        randA++;
        randB = 0;
      } else {
        lastMillis++;
        randA = 0;
        randB = 0;
      }
      timestamp = lastMillis;
      a = randA;
      b = randB;
    }
    if (timestamp < 0 || timestamp > MAX_TIMESTAMP) {
      throw new IllegalStateException("the clock's time " + timestamp
          + " ms is outside the 48-bit range of a UUIDv7 timestamp");
    }
    return new UUID((timestamp << 16) | VERSION_7 | a, VARIANT | b);
  }
}
