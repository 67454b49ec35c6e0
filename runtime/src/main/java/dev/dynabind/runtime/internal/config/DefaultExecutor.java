package dev.dynabind.runtime.internal.config;

import dev.dynabind.runtime.internal.batch.Handoff;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The executor of a {@code Dynabind} built without one: at most {@value #MAX_THREADS} daemon
 * threads, which end after {@value #IDLE_SECONDS} idle seconds; more tasks wait in a queue. A
 * bound is safe because no call waits for a task it could run itself (see {@link Handoff}), and
 * it keeps a burst of {@code getAsync} calls from starting a thread each. Daemon threads, so an
 * application that forgets nothing still exits.
 */
public final class DefaultExecutor {
  /** The most threads the shared pool starts. */
  public static final int MAX_THREADS = 64;
  /** How long an idle thread stays. */
  public static final int IDLE_SECONDS = 60;

  private static final AtomicInteger THREADS = new AtomicInteger();
  private static final ThreadPoolExecutor POOL = pool();

  private DefaultExecutor() {}

  /**
   * The shared pool.
   *
   * @return the executor
   */
  public static Executor instance() {
    return POOL;
  }

  private static ThreadPoolExecutor pool() {
    ThreadPoolExecutor pool = new ThreadPoolExecutor(MAX_THREADS, MAX_THREADS, IDLE_SECONDS,
        TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
          Thread thread = new Thread(task, "dynabind-" + THREADS.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }
}
