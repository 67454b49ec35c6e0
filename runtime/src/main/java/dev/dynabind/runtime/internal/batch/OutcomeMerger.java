package dev.dynabind.runtime.internal.batch;

import dev.dynabind.runtime.internal.table.ItemId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;

/**
 * Folds the outcomes of a call's chunks, fed in submission order, into the call's
 * {@link Outcome}. Merging in submission order is what lets a later write of an item decide its
 * report: a call's writes of one item are submitted in call order, one chunk after the other, so
 * a write applied later supersedes one not applied before it, and of several not applied only
 * the latest is reported. Used by the calling thread of one call only.
 */
final class OutcomeMerger {
  /** The latest write (or read) of each item not applied, in the order of that write. */
  private final Map<ItemId, Object> notApplied = new LinkedHashMap<>();
  private Throwable cause;
  private Throwable unexpected;
  private Throwable callerFailure;
  private int attempts;

  /**
   * Adds the outcome of the next chunk in submission order.
   *
   * @param ops the chunk's operations
   * @param outcome how it ended
   */
  void add(List<? extends BatchOp> ops, Dispatcher.ChunkOutcome outcome) {
    for (BatchOp op : ops) {
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

  /** See {@link Dispatcher#callerFailed}. */
  void callerFailed(Throwable failure) {
    if (callerFailure == null) {
      callerFailure = failure;
    } else if (callerFailure != failure) {
      callerFailure.addSuppressed(failure);
    }
  }

  /**
   * The call's outcome, once every chunk was added.
   *
   * @param rejected the executor's first rejection of a chunk, or null: the cause, then
   * @param interrupted whether the caller's interrupt stopped the call: the cause, then
   * @return the outcome, with the not-applied tags in call order
   */
  Outcome outcome(RejectedExecutionException rejected, boolean interrupted) {
    Throwable finalCause = cause;
    if (rejected != null) {
      if (finalCause != null && finalCause != rejected) {
        rejected.addSuppressed(finalCause);
      }
      finalCause = rejected;
    }
    if (interrupted) {
      InterruptedException interruption =
          new InterruptedException("the calling thread was interrupted");
      if (finalCause != null) {
        interruption.addSuppressed(finalCause);
      }
      finalCause = interruption;
    }
    Throwable thrown = unexpected;
    if (callerFailure != null) {
      if (unexpected != null) {
        callerFailure.addSuppressed(unexpected);
      }
      thrown = callerFailure;
    }
    return new Outcome(List.copyOf(notApplied.values()), finalCause, interrupted, attempts,
        thrown);
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
}
