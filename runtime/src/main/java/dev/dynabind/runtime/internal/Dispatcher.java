package dev.dynabind.runtime.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * The per-call state of parallel dispatch: at most {@code concurrency} chunks run at once on the
 * executor, each chunk's outcome is kept, and an interrupt of the calling thread stops the call:
 * chunks not yet started send nothing, running chunks finish their current request and report
 * the rest as not applied. A chunk that throws (a listener, or a bug) stops the call the same
 * way, and its exception is kept for the caller. One instance per call; not shared.
 */
final class Dispatcher {
  private final BatchSettings settings;
  private final Semaphore permits;
  private final CountDownLatch stop = new CountDownLatch(1);
  private final ArrayDeque<CompletableFuture<Outcome>> chunks = new ArrayDeque<>();
  private final List<Object> notApplied = new ArrayList<>();
  private Throwable cause;
  private Throwable unexpected;
  private int attempts;
  private boolean interrupted;

  Dispatcher(BatchSettings settings) {
    this.settings = settings;
    this.permits = new Semaphore(settings.concurrency());
  }

  /** Counted down when the call stops; the retry loops watch it. */
  CountDownLatch stopSignal() {
    return stop;
  }

  boolean stopping() {
    return stop.getCount() == 0;
  }

  /**
   * Starts a chunk once fewer than {@code concurrency} are running; blocks the caller until then,
   * which is what bounds the memory of a streamed call.
   *
   * @param chunk runs the chunk's retry loop
   * @param onStop the chunk's outcome when it never started
   * @return the chunk's outcome, completed after its permit was released
   */
  CompletableFuture<Outcome> submit(Supplier<Outcome> chunk, Supplier<Outcome> onStop) {
    boolean acquired = false;
    if (!stopping()) {
      try {
        permits.acquire();
        acquired = true;
      } catch (InterruptedException e) {
        stopBecauseInterrupted();
      }
    }
    CompletableFuture<Outcome> result = new CompletableFuture<>();
    if (stopping()) {
      if (acquired) {
        permits.release();
      }
      result.complete(onStop.get());
    } else {
      try {
        chunkExecutor().execute(() -> {
          Outcome outcome;
          try {
            outcome = stopping() ? onStop.get() : chunk.get();
          } catch (RuntimeException | Error e) {
            // The retry loop keeps its own failures in its outcome, so this one came before it
            // sent anything; still, the chunk is not known to be applied.
            stopBecauseFailed();
            outcome = unexpected(onStop.get(), e);
          }
          // Released before completion so that whoever waits on this chunk finds a free slot.
          permits.release();
          result.complete(outcome);
        });
      } catch (RejectedExecutionException e) {
        permits.release();
        throw e;
      }
    }
    chunks.add(result);
    absorbFinished(false);
    return result;
  }

  /**
   * With one request in flight at a time there is nothing to overlap, so the chunk runs on the
   * calling thread and saves two thread hand-offs per request (measured in the benchmarks).
   */
  private Executor chunkExecutor() {
    return settings.concurrency() == 1 ? Runnable::run : settings.executor();
  }

  /**
   * Waits for a chunk without giving up the interrupt: an interrupt stops the call and the wait
   * goes on, because what the chunk applied is only known once it finished.
   *
   * @param chunk a submitted chunk
   */
  void await(CompletableFuture<Outcome> chunk) {
    while (true) {
      try {
        chunk.get();
        return;
      } catch (InterruptedException e) {
        stopBecauseInterrupted();
      } catch (ExecutionException e) {
        return; // not expected, see submit; finish() reports it anyway
      }
    }
  }

  /**
   * Waits the policy's backoff before retry number {@code retry}.
   *
   * @param retry the retry about to be made, from 1
   * @return true when the call was stopped meanwhile, so no retry should follow
   */
  boolean sleepBeforeRetry(int retry) {
    try {
      return settings.sleeper().sleep(settings.retryPolicy().delayBeforeRetry(retry), stop);
    } catch (InterruptedException e) {
      // A worker thread itself was interrupted (its pool is shutting down): keep its flag and
      // stop the call; the caller's flag is the caller's business.
      Thread.currentThread().interrupt();
      stopBecauseFailed();
      return true;
    }
  }

  /** Stops the call after an interrupt: no new chunk starts, backoffs end at once. */
  void stopBecauseInterrupted() {
    interrupted = true;
    stop.countDown();
  }

  /** Stops the call after an error that retrying cannot cure: no new chunk starts. */
  void stopBecauseFailed() {
    stop.countDown();
  }

  /**
   * Waits for every chunk, restores the caller's interrupt flag, and merges the outcomes.
   *
   * @return the call's outcome, with the not-applied tags in submission order
   */
  Outcome finish() {
    absorbFinished(true);
    if (interrupted) {
      Thread.currentThread().interrupt();
      InterruptedException interruption =
          new InterruptedException("the calling thread was interrupted");
      if (cause != null) {
        interruption.addSuppressed(cause);
      }
      cause = interruption;
    }
    return new Outcome(notApplied, cause, interrupted, attempts, unexpected);
  }

  private static Outcome unexpected(Outcome notStarted, Throwable failure) {
    return new Outcome(notStarted.notApplied(), null, false, 0, failure);
  }

  /** The first unexpected failure is thrown; later ones ride along so none goes unseen. */
  private void keepUnexpected(Throwable failure) {
    if (failure == null) {
      return;
    }
    if (unexpected == null) {
      unexpected = failure;
    } else if (unexpected != failure) {
      unexpected.addSuppressed(failure);
    }
  }

  /**
   * Merges finished chunks from the oldest on, so a long stream keeps only the chunks still
   * running (and the not-applied tags, in submission order).
   */
  private void absorbFinished(boolean waitForAll) {
    while (!chunks.isEmpty()) {
      CompletableFuture<Outcome> chunk = chunks.peekFirst();
      if (waitForAll) {
        await(chunk);
      } else if (!chunk.isDone()) {
        return;
      }
      chunks.removeFirst();
      Outcome outcome = chunk.join(); // never completed exceptionally, see submit
      notApplied.addAll(outcome.notApplied());
      if (cause == null && outcome.cause() != null) {
        cause = outcome.cause();
      }
      keepUnexpected(outcome.unexpected());
      attempts = Math.max(attempts, outcome.attempts());
    }
  }
}
