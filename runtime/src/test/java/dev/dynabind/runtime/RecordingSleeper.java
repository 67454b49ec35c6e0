package dev.dynabind.runtime;

import dev.dynabind.runtime.internal.config.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** Records every backoff instead of waiting. */
final class RecordingSleeper implements Sleeper {
  private final List<Duration> delays;

  RecordingSleeper(List<Duration> delays) {
    this.delays = delays;
  }

  @Override
  public synchronized boolean sleep(Duration delay, CountDownLatch stop) {
    delays.add(delay);
    return stop.getCount() == 0;
  }

  @Override
  public long nanoTime() {
    return System.nanoTime();
  }
}
