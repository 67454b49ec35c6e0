package dev.dynabind.io;

/**
 * Holds consumed capacity to a rate in units per second, as a token bucket that may go into debt:
 * a request's cost is known only from its response, so callers {@link #spend} what a request
 * consumed and {@link #awaitCredit} before the next. Over any run the units spent stay within
 * {@code rate * elapsed + burst + the largest single request}, and the bucket starts empty so no
 * extra second is granted at the start. Thread-safe.
 */
final class CapacityLimiter {
  /** No limit. */
  static final CapacityLimiter NONE = new CapacityLimiter(0, Ticker.SYSTEM);

  private final double unitsPerNano;
  private final double burst;
  private final Ticker ticker;
  private double balance;
  private long last;

  /**
   * A limiter.
   *
   * @param unitsPerSecond the rate; 0 for none
   */
  CapacityLimiter(double unitsPerSecond, Ticker ticker) {
    this.unitsPerNano = unitsPerSecond / 1e9;
    // A tenth of a second of credit lets idle time pay for a little of the next request.
    this.burst = unitsPerSecond / 10;
    this.ticker = ticker;
    this.last = ticker.nanoTime();
  }

  boolean limited() {
    return unitsPerNano > 0;
  }

  /** Charges units already consumed. */
  synchronized void spend(double units) {
    if (limited()) {
      refill();
      balance -= units;
    }
  }

  /** Waits until the bucket is out of debt. */
  void awaitCredit() throws InterruptedException {
    if (!limited()) {
      return;
    }
    while (true) {
      long wait;
      synchronized (this) {
        refill();
        if (balance >= 0) {
          return;
        }
        wait = (long) Math.ceil(-balance / unitsPerNano);
      }
      ticker.sleepNanos(wait);
    }
  }

  private void refill() {
    long now = ticker.nanoTime();
    balance = Math.min(burst, balance + (now - last) * unitsPerNano);
    last = now;
  }

  /** Time and sleeping, replaced by tests. */
  interface Ticker {
    /** The JVM's clock and sleep. */
    Ticker SYSTEM = new Ticker() {
      @Override
      public long nanoTime() {
        return System.nanoTime();
      }

      @Override
      public void sleepNanos(long nanos) throws InterruptedException {
        Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
      }
    };

    long nanoTime();

    void sleepNanos(long nanos) throws InterruptedException;
  }
}
