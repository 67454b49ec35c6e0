package dev.dynabind.runtime.internal.batch;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
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
 * instance per call, made and driven by the calling thread; not shared (the threads of its
 * chunks only take planned chunks and set outcomes).
 *
 * <p>Work goes to the executor as a {@link Handoff}, and wherever the caller would block (for a
 * free slot, for a chunk, for the end of the call) it first runs the hand-offs no executor
 * thread has started. So a call made from a task of a small pool never waits for the thread it
 * occupies, whatever the pool's size.
 *
 * <p>Two ways in. A call that knows all its chunks at once (a collection) plans them
 * ({@link #plan}, {@link #startPlanned}): the first {@code concurrency} are handed off at once,
 * and the thread that ran one then takes the next planned chunk and runs it itself, until none
 * is left: the schedule of a fixed pool of {@code concurrency} threads working through a queue.
 * Why: handing the next chunk off from the calling thread put two thread wake-ups (the
 * caller's, then an executor thread's) between a response and the next request of a slot, and
 * handing it off from the thread that ran the last one still put one; under the benchmarks'
 * latency model that left slots idle (fewer requests in flight on average than a hand-written
 * pool at the same concurrency). A stream submits each chunk as it fills ({@link #submit}),
 * waiting for a free slot, which is what bounds its memory.
 */
final class Dispatcher {
  private final BatchSettings settings;
  /** How long a waiting caller first leaves executor threads to start a chunk. */
  static final long FIRST_LOOK_NANOS = TimeUnit.MILLISECONDS.toNanos(20);
  /** The longest wait between two looks for a chunk no executor thread started. */
  static final long MAX_LOOK_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

  private static final Runnable NOTHING = () -> { };

  private final Thread caller = Thread.currentThread();
  private final Semaphore permits;
  private final CountDownLatch stop = new CountDownLatch(1);
  /** Submitted chunks not yet merged, oldest first; touched by the caller only. */
  private final ArrayDeque<Chunk> chunks = new ArrayDeque<>();
  /** Planned chunks not yet started, in call order; taken by whichever thread ends a chunk. */
  private final ConcurrentLinkedQueue<Chunk> backlog = new ConcurrentLinkedQueue<>();
  private final OutcomeMerger merged = new OutcomeMerger();
  /** Set by the caller when the executor refuses a chunk. */
  private volatile RejectedExecutionException rejected;
  private boolean interrupted;

  Dispatcher(BatchSettings settings) {
    this.settings = settings;
    this.permits = new Semaphore(settings.concurrency());
  }

  /** How one chunk's retry loop ended: what it did not apply, and why. */
  record ChunkOutcome(List<? extends BatchOp> notApplied, Throwable cause, int attempts,
      Throwable unexpected) {}

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
    Chunk chunk = new Chunk(ops, run);
    boolean acquired = !stopping() && acquirePermit();
    if (!acquired || stopping()) {
      if (acquired) {
        permits.release();
      }
      chunk.settle(notStarted(ops));
    } else if (settings.concurrency() == 1) {
      // With one request in flight at a time there is nothing to overlap, so the chunk runs on
      // the calling thread and saves two thread hand-offs per request (measured in the
      // benchmarks).
      chunk.handoff = Handoff.local(() -> runChunk(chunk, permits::release));
      chunk.handoff.runHereIfUnclaimed();
    } else if (!handOff(chunk, () -> runChunk(chunk, permits::release))) {
      permits.release();
    }
    chunks.add(chunk);
    absorbFinished(false);
    return chunk;
  }

  /**
   * Plans a chunk of a call whose chunks are all known; nothing starts before
   * {@link #startPlanned()}.
   *
   * @param ops the chunk's operations, reported as not applied when it never runs
   * @param run runs the chunk's retry loop
   */
  void plan(List<? extends BatchOp> ops, Supplier<ChunkOutcome> run) {
    if (settings.concurrency() == 1) {
      submit(ops, run); // runs it here and now: with one slot there is no schedule to keep
      return;
    }
    Chunk chunk = new Chunk(ops, run);
    chunks.add(chunk);
    backlog.add(chunk);
  }

  /**
   * Hands off the first {@code concurrency} planned chunks; the thread that runs one goes on with
   * the planned chunks after it (see {@link #runPlanned}). When the executor refuses one, the
   * call stops and the caller settles what no thread took.
   */
  void startPlanned() {
    for (int i = 0; i < settings.concurrency(); i++) {
      Chunk first = backlog.poll();
      if (first == null) {
        return;
      }
      if (!handOff(first, () -> runPlanned(first))) {
        runPlanned(null); // stopping: settles the rest as not started
        return;
      }
    }
  }

  /**
   * Runs a planned chunk, then takes and runs the next planned chunk until none is left, on
   * this one thread and without nesting, so a call of any length needs a stack of one chunk
   * (also when the executor runs tasks in place). Once the call stops, the chunks taken are
   * settled as not started.
   *
   * @param first the chunk handed to this thread, or null to start with the backlog
   */
  private void runPlanned(Chunk first) {
    for (Chunk next = first != null ? first : backlog.poll(); next != null;
        next = backlog.poll()) {
      runChunk(next, NOTHING);
    }
  }

  /**
   * Hands a chunk to the executor; when the executor refuses it, settles it with the rejection
   * and stops the call: nothing of it was sent, and it and everything after it that no thread
   * has started is reported, with the rejection as the cause, once the chunks already started
   * have finished.
   *
   * @param task runs the chunk (and what its thread does after it)
   * @return false when refused
   */
  private boolean handOff(Chunk chunk, Runnable task) {
    try {
      chunk.handoff = Handoff.start(settings.executor(), task);
      return true;
    } catch (RejectedExecutionException e) {
      keepRejected(e);
      stopBecauseFailed();
      chunk.settle(new ChunkOutcome(chunk.ops, e, 0, null));
      return false;
    }
  }

  private synchronized void keepRejected(RejectedExecutionException e) {
    if (rejected == null) {
      rejected = e;
    }
  }

  /**
   * Runs a chunk's retry loop (unless the call stopped), then {@code afterRun}, which frees a
   * submitted chunk's slot before anyone waiting on this one wakes up.
   */
  private void runChunk(Chunk chunk, Runnable afterRun) {
    ChunkOutcome outcome;
    try {
      outcome = stopping() ? notStarted(chunk.ops) : chunk.run.get();
    } catch (RuntimeException | Error e) {
      // The retry loop keeps its own failures in its outcome, so this one came before it
      // sent anything; still, the chunk is not known to be applied.
      stopBecauseFailed();
      outcome = new ChunkOutcome(chunk.ops, null, 0, e);
    }
    try {
      afterRun.run();
    } finally {
      chunk.settle(outcome);
    }
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
      Handoff handoff = chunk.handoff;
      if (handoff != null && !handoff.claimed() && handoff.runHereIfUnclaimed()) {
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
        chunk.finished.get(wait, TimeUnit.NANOSECONDS);
        return;
      } catch (TimeoutException notYet) {
        // A planned chunk still waits for a thread: run one that no executor thread started,
        // and with it the planned chunks after it.
        Handoff handoff = chunk.handoff;
        boolean ranOne = handoff != null ? handoff.runHereIfUnclaimed() : runOneUnstarted();
        wait = ranOne ? FIRST_LOOK_NANOS : Math.min(wait * 2, MAX_LOOK_NANOS);
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
    merged.callerFailed(failure);
  }

  /**
   * Waits for every chunk (running here those no thread started), restores the caller's
   * interrupt flag, and merges the outcomes.
   *
   * @return the call's outcome, with the not-applied tags in call order
   */
  Outcome finish() {
    absorbFinished(true);
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return merged.outcome(rejected, interrupted);
  }

  private static ChunkOutcome notStarted(List<? extends BatchOp> ops) {
    return new ChunkOutcome(ops, null, 0, null);
  }

  /**
   * Merges finished chunks from the oldest on, in submission order (see {@link OutcomeMerger}),
   * so a long stream keeps only the chunks still running (and what was not applied).
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
      merged.add(chunk.ops, chunk.outcome);
    }
  }
}
