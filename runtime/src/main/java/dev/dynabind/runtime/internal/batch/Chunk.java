package dev.dynabind.runtime.internal.batch;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * A chunk of a call in the {@link Dispatcher}: its operations, what runs its retry loop, the
 * hand-off that runs it (null while planned and not handed off), and its outcome once run.
 */
final class Chunk {
  final List<? extends BatchOp> ops;
  final Supplier<Dispatcher.ChunkOutcome> run;
  /** Completed once the outcome is set, on whichever thread set it. */
  final CompletableFuture<Void> finished = new CompletableFuture<>();
  volatile Handoff handoff;
  volatile Dispatcher.ChunkOutcome outcome;

  Chunk(List<? extends BatchOp> ops, Supplier<Dispatcher.ChunkOutcome> run) {
    this.ops = ops;
    this.run = run;
  }

  /** Whether the chunk has run (or was settled without running). */
  boolean done() {
    return finished.isDone();
  }

  /** Runs {@code whenDone} once the chunk is done, on whichever thread finished it. */
  void whenDone(Runnable whenDone) {
    finished.whenComplete((ignored, error) -> whenDone.run());
  }

  /** Sets the outcome, run or not, and wakes whoever waits for the chunk. */
  void settle(Dispatcher.ChunkOutcome settled) {
    outcome = settled;
    finished.complete(null);
  }
}
