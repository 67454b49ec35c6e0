package dev.dynabind.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that tests move by hand, so lock expiry is tested without sleeping. Thread-safe: every
 * thread sees the latest instant set.
 */
public final class MutableClock extends Clock {
  private final AtomicReference<Instant> now;

  /**
   * A clock standing at the given instant.
   *
   * @param start the first instant
   */
  public MutableClock(Instant start) {
    this.now = new AtomicReference<>(Objects.requireNonNull(start, "start"));
  }

  /**
   * Moves the clock forward (or back, with a negative amount).
   *
   * @param amount how far
   * @return the new instant
   */
  public Instant advance(Duration amount) {
    return now.updateAndGet(t -> t.plus(amount));
  }

  /**
   * Puts the clock at an instant.
   *
   * @param instant the new instant
   */
  public void set(Instant instant) {
    now.set(Objects.requireNonNull(instant, "instant"));
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    // Zones do not matter to epoch-second expiry; sharing the instant keeps moves visible.
    return this;
  }
}
