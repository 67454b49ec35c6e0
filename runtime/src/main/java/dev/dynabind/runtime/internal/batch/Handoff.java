package dev.dynabind.runtime.internal.batch;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A task handed to an executor that whoever waits for it may run itself while no executor thread
 * has started it yet. This is what keeps any executor size from deadlocking a call: a caller that
 * runs on the executor's only thread and waits for its own chunks finds them unstarted and runs
 * them, instead of waiting for a thread it occupies. Exactly one thread runs the task.
 */
public final class Handoff implements Runnable {
  private final AtomicBoolean claimed = new AtomicBoolean();
  private final CompletableFuture<Void> done = new CompletableFuture<>();
  private final Runnable task;

  private Handoff(Runnable task) {
    this.task = task;
  }

  /**
   * Hands a task to an executor.
   *
   * @param executor where the task should run
   * @param task the task; it must not throw (keep failures in its own result)
   * @return the hand-off, to run here or wait for
   * @throws RejectedExecutionException when the executor refused it; the task has not run
   */
  public static Handoff start(Executor executor, Runnable task) {
    Handoff handoff = new Handoff(task);
    executor.execute(handoff);
    return handoff;
  }

  /**
   * A task that has not been handed to an executor, for a caller that runs it itself.
   *
   * @param task the task
   * @return the hand-off
   */
  public static Handoff local(Runnable task) {
    return new Handoff(task);
  }

  /** Runs the task unless another thread already claimed it; called by the executor. */
  @Override
  public void run() {
    runHereIfUnclaimed();
  }

  /**
   * Runs the task on the calling thread unless another thread already claimed it.
   *
   * @return true when it ran here
   */
  public boolean runHereIfUnclaimed() {
    if (!claimed.compareAndSet(false, true)) {
      return false;
    }
    try {
      task.run();
    } finally {
      done.complete(null);
    }
    return true;
  }

  /**
   * Whether a thread has claimed the task (it is running or has run).
   *
   * @return true once claimed
   */
  public boolean claimed() {
    return claimed.get();
  }

  /**
   * Completed when the task has run, on whichever thread.
   *
   * @return the completion
   */
  public CompletableFuture<Void> done() {
    return done;
  }
}
