package dev.dynabind.runtime.internal.config;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Time as the retry loop sees it: how it waits between attempts and how it measures requests.
 * Injected so tests can record delays and avoid sleeping; production waits on the call's stop
 * latch, so stopping a call (an interrupt of its caller) cuts every pending backoff short.
 */
public interface Sleeper {
  /** Real time: waits on the stop latch, measures with {@link System#nanoTime()}. */
  Sleeper SYSTEM = new Sleeper() {
    @Override
    public boolean sleep(Duration delay, CountDownLatch stop) throws InterruptedException {
      return stop.await(delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    @Override
    public long nanoTime() {
      return System.nanoTime();
    }
  };

  /**
   * Waits before a retry.
   *
   * @param delay how long
   * @param stop counted down when the call is being stopped
   * @return true when the wait ended because the call is stopping
   * @throws InterruptedException when the waiting thread itself is interrupted
   */
  boolean sleep(Duration delay, CountDownLatch stop) throws InterruptedException;

  /**
   * A monotonic clock for request durations.
   *
   * @return nanoseconds from an arbitrary origin
   */
  long nanoTime();
}
