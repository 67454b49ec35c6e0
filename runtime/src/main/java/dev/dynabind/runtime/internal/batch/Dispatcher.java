package dev.dynabind.runtime.internal.batch;

import dev.dynabind.runtime.internal.table.ItemId;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The per-call state of parallel dispatch: at most {@code concurrency} chunks run at once on the
 * executor, each chunk's outcome is kept, and an interrupt of the calling thread stops the call:
 * chunks not yet started send nothing, running chunks finish their current request and report
 * the rest as not applied. A chunk that throws (a listener, or a bug) stops the call the same
 * way, and its exception is kept for the caller; so does an executor that rejects a chunk. One
 * instance per call, made and driven by the calling thread; not shared.
 *
 * <p>Each chunk goes to the executor as a {@link Handoff}, and wherever the caller would block
 * (for a free slot, for a chunk, for the end of the call) it first runs the chunks no executor
 * thread has started. So a call made from a task of a small pool never waits for the thread it
 * occupies, whatever the pool's size.
 */
final class Dispatcher {
  private final BatchSettings settings;
  /** How long a waiting caller first leaves executor threads to start a chunk. */
  static final long FIRST_LOOK_NANOS = TimeUnit.MILLISECONDS.toNanos(20);
  /** The longest wait between two looks for a chunk no executor thread started. */
  static final long MAX_LOOK_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

  private final Thread caller = Thread.currentThread();
  private final Semaphore permits;
  private final CountDownLatch stop = new CountDownLatch(1);
  /** Submitted chunks not yet merged, oldest first; touched by the caller only. */
  private final ArrayDeque<Chunk> chunks = new ArrayDeque<>();
  /** The latest write (or read) of each item not applied, in the order of that write. */
  private final Map<ItemId, Object> notApplied = new LinkedHashMap<>();
  private Throwable cause;
  private Throwable unexpected;
  private Throwable callerFailure;
  private RejectedExecutionException rejected;
  private int attempts;
  private boolean interrupted;

  Dispatcher(BatchSettings settings) {
    this.settings = settings;
    this.permits = new Semaphore(settings.concurrency());
  }

  /** How one chunk's retry loop ended: what it did not apply, and why. */
  record ChunkOutcome(List<? extends BatchOp> notApplied, Throwable cause, int attempts,
      Throwable unexpected) {}

  /** A submitted chunk: its operations, the hand-off that runs it, and its outcome once run. */
  static final class Chunk {
    private final List<? extends BatchOp> ops;
    private Handoff handoff;
    private volatile ChunkOutcome outcome;

    private Chunk(List<? extends BatchOp> ops) {
      this.ops = ops;
    }

    /** Whether the chunk has run (or was settled without running). */
    boolean done() {
      return handoff.done().isDone();
    }

    /** Runs {@code whenDone} once the chunk is done, on whichever thread finished it. */
    void whenDone(Runnable whenDone) {
      handoff.done().whenComplete((ignored, error) -> whenDone.run());
    }
  }

  /** Counted down when the call stops; the retry loops watch it. */
  CountDownLatch stopSignal() {
    return stop;
  }

  /**
   * Whether the call is stopping. On the calling thread this also notices an interrupt that no
   * wait has seen yet (one that came while a chunk ran here between requests).
   */
  boolean stopping() {
    if (Thread.currentThread() == caller && Thread.interrupted()) {
      stopBecauseInterrupted();
    }
    return stop.getCount() == 0;
  }

  /**
   * Starts a chunk once fewer than {@code concurrency} are running; until then the caller runs
   * unstarted chunks itself or waits, which is what bounds the memory of a streamed call.
   *
   * @param ops the chunk's operations, reported as not applied when it never runs
   * @param run runs the chunk's retry loop
   * @return the chunk
   */
  Chunk submit(List<? extends BatchOp> ops, Supplier<ChunkOutcome> run) {
    Chunk chunk = new Chunk(ops);
    boolean acquired = !stopping() && acquirePermit();
    if (!acquired || stopping()) {
      if (acquired) {
        permits.release();
      }
      settleHere(chunk, notStarted(ops));
    } else {
      Runnable task = () -> {
        ChunkOutcome outcome;
        try {
          outcome = stopping() ? notStarted(ops) : run.get();
        } catch (RuntimeException | Error e) {
          // The retry loop keeps its own failures in its outcome, so this one came before it
          // sent anything; still, the chunk is not known to be applied.
          stopBecauseFailed();
          outcome = new ChunkOutcome(ops, null, 0, e);
        }
        // Released before completion so that whoever waits on this chunk finds a free slot.
        permits.release();
        chunk.outcome = outcome;
      };
      start(chunk, task);
    }
    chunks.add(chunk);
    absorbFinished(false);
    return chunk;
  }

  /**
   * With one request in flight at a time there is nothing to overlap, so the chunk runs on the
   * calling thread and saves two thread hand-offs per request (measured in the benchmarks).
   */
  private void start(Chunk chunk, Runnable task) {
    if (settings.concurrency() == 1) {
      chunk.handoff = Handoff.local(task);
      chunk.handoff.runHereIfUnclaimed();
      return;
    }
    try {
      chunk.handoff = Handoff.start(settings.executor(), task);
    } catch (RejectedExecutionException e) {
      // Nothing of this chunk was sent: it and everything after it is reported, with the
      // rejection as the cause, once the chunks already started have finished.
      permits.release();
      if (rejected == null) {
        rejected = e;
      }
      stopBecauseFailed();
      settleHere(chunk, new ChunkOutcome(chunk.ops, e, 0, null));
    }
  }

  private static void settleHere(Chunk chunk, ChunkOutcome outcome) {
    chunk.handoff = Handoff.local(() -> chunk.outcome = outcome);
    chunk.handoff.runHereIfUnclaimed();
  }

  /**
   * Takes a slot. While none is free it waits a short, doubling while (from
   * {@link #FIRST_LOOK_NANOS} to {@link #MAX_LOOK_NANOS}) and then runs an unstarted chunk here,
   * if there is one. Executor threads normally start chunks well within the first wait, so the
   * calling thread only sends requests itself when the executor has no thread for them (a
   * bounded pool whose threads all wait, this one included), and an interrupt of the caller
   * rarely lands in a request it sends.
   *
   * @return false when the call stopped instead
   */
  private boolean acquirePermit() {
    long wait = FIRST_LOOK_NANOS;
    while (!stopping()) {
      try {
        if (permits.tryAcquire(wait, TimeUnit.NANOSECONDS)) {
          return true;
        }
      } catch (InterruptedException e) {
        stopBecauseInterrupted();
        return false;
      }
      wait = runOneUnstarted() ? FIRST_LOOK_NANOS : Math.min(wait * 2, MAX_LOOK_NANOS);
    }
    return false;
  }

  /**
   * Runs one chunk that no executor thread has started, on the calling thread.
   *
   * @return false when every chunk not yet merged is running or done
   */
  boolean runOneUnstarted() {
    for (Chunk chunk : chunks) {
      if (!chunk.handoff.claimed() && chunk.handoff.runHereIfUnclaimed()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Waits for a chunk, running it here when no executor thread has started it within the short
   * waits of {@link #acquirePermit()}, without giving up the interrupt: an interrupt stops the
   * call and the wait goes on, because what the chunk applied is only known once it finished. A
   * chunk run here after the call stopped sends nothing.
   *
   * @param chunk a submitted chunk
   */
  void await(Chunk chunk) {
    long wait = FIRST_LOOK_NANOS;
    while (true) {
      try {
        chunk.handoff.done().get(wait, TimeUnit.NANOSECONDS);
        return;
      } catch (TimeoutException notYet) {
        chunk.handoff.runHereIfUnclaimed();
        wait = Math.min(wait * 2, MAX_LOOK_NANOS);
      } catch (InterruptedException e) {
        stopBecauseInterrupted();
      } catch (ExecutionException e) {
        return; // a task never throws, see submit
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
      interruptedWhileRunning();
      return true;
    }
  }

  /**
   * Stops the call after the thread running a chunk was interrupted. On the calling thread that
   * is the caller's interrupt, reported as such (the flag is set again by {@link #finish}); on
   * an executor thread it is the pool shutting down: its flag is kept and the call stops as on
   * an error, since the caller did not ask to stop.
   */
  void interruptedWhileRunning() {
    if (Thread.currentThread() == caller) {
      Thread.interrupted();
      stopBecauseInterrupted();
    } else {
      Thread.currentThread().interrupt();
      stopBecauseFailed();
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
   * Records that the caller's own part failed (a stream source that threw, an invalid element):
   * the call's result is that exception, thrown as itself once the chunks started have finished.
   *
   * @param failure what the caller's part threw
   */
  void callerFailed(Throwable failure) {
    if (callerFailure == null) {
      callerFailure = failure;
    } else if (callerFailure != failure) {
      callerFailure.addSuppressed(failure);
    }
  }

  /**
   * Waits for every chunk (running here those no thread started), restores the caller's
   * interrupt flag, and merges the outcomes.
   *
   * @return the call's outcome, with the not-applied tags in call order
   */
  Outcome finish() {
    absorbFinished(true);
    if (rejected != null) {
      if (cause != null && cause != rejected) {
        rejected.addSuppressed(cause);
      }
      cause = rejected;
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
      InterruptedException interruption =
          new InterruptedException("the calling thread was interrupted");
      if (cause != null) {
        interruption.addSuppressed(cause);
      }
      cause = interruption;
    }
    Throwable thrown = unexpected;
    if (callerFailure != null) {
      if (unexpected != null) {
        callerFailure.addSuppressed(unexpected);
      }
      thrown = callerFailure;
    }
    return new Outcome(List.copyOf(notApplied.values()), cause, interrupted, attempts, thrown);
  }

  private static ChunkOutcome notStarted(List<? extends BatchOp> ops) {
    return new ChunkOutcome(ops, null, 0, null);
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
   * running (and what was not applied). Merging in submission order is what lets a later write
   * of an item decide its report: a call's writes of one item are submitted in call order, one
   * chunk after the other, so a write applied later supersedes one not applied before it, and of
   * several not applied only the latest is reported.
   */
  private void absorbFinished(boolean waitForAll) {
    while (!chunks.isEmpty()) {
      Chunk chunk = chunks.peekFirst();
      if (waitForAll) {
        await(chunk);
      } else if (!chunk.done()) {
        return;
      }
      chunks.removeFirst();
      ChunkOutcome outcome = chunk.outcome;
      for (BatchOp op : chunk.ops) {
        notApplied.remove(op.id());
      }
      for (BatchOp op : outcome.notApplied()) {
        notApplied.put(op.id(), op.tag());
      }
      if (cause == null && outcome.cause() != null) {
        cause = outcome.cause();
      }
      keepUnexpected(outcome.unexpected());
      attempts = Math.max(attempts, outcome.attempts());
    }
  }
}
