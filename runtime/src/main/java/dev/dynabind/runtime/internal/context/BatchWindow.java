package dev.dynabind.runtime.internal.context;

import dev.dynabind.runtime.internal.batch.Chunker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The queue of one {@link ContextLoader} and when it goes out: at once when 100 keys wait, at
 * once for a zero window, otherwise when the window closes, taken atomically.
 *
 * <p>The window closes once no key has been queued for one window and the thread that queued
 * the last one is no longer running (it waits, for its reads or anything else), and at the latest
 * {@link #MAX_WINDOWS} windows after the first key the queue holds. A window that closed at a
 * fixed time after the first key split bursts of back-to-back {@code getAsync} calls (1,000 keys
 * gave 10 to 12 BatchGetItem): on a busy machine the issuing thread is descheduled, or loads a
 * class, for longer than 2 ms in the middle of a burst, and a gap in time alone cannot tell that
 * from a caller that is done.
 *
 * <p>One daemon timer thread serves every window of the JVM; it only takes queues and hands them
 * to the loader's dispatch, which must not send from the timer thread ({@link #onTimer()}).
 */
final class BatchWindow {
  /** The longest a queued key waits for company, in windows, while keys keep coming. */
  static final int MAX_WINDOWS = 10;

  private static final ThreadLocal<Boolean> ON_TIMER = ThreadLocal.withInitial(() -> false);
  private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(
      task -> {
        Thread thread = new Thread(() -> {
          ON_TIMER.set(true);
          task.run();
        }, "dynabind-batch-window");
        thread.setDaemon(true);
        return thread;
      });

  private final Duration window;
  private final Consumer<List<PendingRead<?>>> dispatch;
  private final Object lock = new Object();
  private List<PendingRead<?>> queue = new ArrayList<>();
  private ScheduledFuture<?> timer;
  /** When the oldest key of the queue and the latest were queued. */
  private long firstQueuedNanos;
  private long lastQueuedNanos;
  private Thread lastQueuer;
  /** Counts timers scheduled and queues taken, so a timer knows whether it is still current. */
  private long generation;

  /**
   * A window of this length that hands what it takes, from the timer thread, to dispatch.
   *
   * @param window how long queued keys wait for company
   * @param dispatch takes the reads of one queue
   */
  BatchWindow(Duration window, Consumer<List<PendingRead<?>>> dispatch) {
    this.window = window;
    this.dispatch = dispatch;
  }

  /**
   * Whether the calling thread is the window timer, which must only hand work off.
   *
   * @return true on the timer thread
   */
  static boolean onTimer() {
    return ON_TIMER.get();
  }

  /**
   * Queues reads.
   *
   * @param reads the reads to queue
   * @return the queues ready to go out now, for the caller to dispatch
   */
  List<List<PendingRead<?>>> add(List<PendingRead<?>> reads) {
    List<List<PendingRead<?>>> ready = new ArrayList<>();
    if (reads.isEmpty()) {
      return ready;
    }
    long now = System.nanoTime();
    synchronized (lock) {
      lastQueuedNanos = now;
      lastQueuer = Thread.currentThread();
      for (PendingRead<?> read : reads) {
        if (queue.isEmpty()) {
          firstQueuedNanos = now;
        }
        queue.add(read);
        if (queue.size() >= Chunker.MAX_KEYS_PER_GET) {
          ready.add(take());
        }
      }
      if (!queue.isEmpty()) {
        if (window.isZero()) {
          ready.add(take());
        } else if (timer == null) {
          schedule(window.toNanos());
        }
      }
    }
    return ready;
  }

  /** Called with the lock held. */
  private void schedule(long delayNanos) {
    long current = ++generation;
    timer = TIMER.schedule(() -> elapsed(current), delayNanos, TimeUnit.NANOSECONDS);
  }

  /**
   * The timer's check: sends the queue once no key came for a window and the last queuer stopped
   * running, or the oldest key has waited {@link #MAX_WINDOWS}; otherwise looks again when the
   * earlier of those can next be true.
   */
  private void elapsed(long scheduled) {
    List<PendingRead<?>> ready;
    synchronized (lock) {
      if (scheduled != generation) {
        return; // the queue it was for was taken; a later key has a timer of its own
      }
      timer = null;
      long now = System.nanoTime();
      long untilCap = firstQueuedNanos + MAX_WINDOWS * window.toNanos() - now;
      long untilQuiet = lastQueuedNanos + window.toNanos() - now;
      boolean burstGoesOn = !queue.isEmpty()
          && (untilQuiet > 0 || lastQueuer.getState() == Thread.State.RUNNABLE);
      if (untilCap > 0 && burstGoesOn) {
        schedule(Math.min(untilCap, untilQuiet > 0 ? untilQuiet : window.toNanos()));
        return;
      }
      ready = take();
    }
    if (!ready.isEmpty()) {
      dispatch.accept(ready);
    }
  }

  /** Called with the lock held. */
  private List<PendingRead<?>> take() {
    List<PendingRead<?>> taken = queue;
    queue = new ArrayList<>();
    generation++;
    if (timer != null) {
      timer.cancel(false);
      timer = null;
    }
    return taken;
  }
}
