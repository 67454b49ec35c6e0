package dev.dynabind.runtime.internal.batch;

import dev.dynabind.runtime.UnprocessedItemsException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

/**
 * Runs the batch calls of one {@code Dynabind} with its settings, and turns an incomplete
 * outcome into the API's exception: the one place where an outcome becomes an
 * {@link UnprocessedItemsException}.
 */
public final class BatchRunner {
  private final BatchSettings settings;
  private final BatchFailures failures;

  /**
   * A runner.
   *
   * @param settings client, retries, concurrency, executor, listener, sleeper
   * @param failures makes the API's exceptions
   */
  public BatchRunner(BatchSettings settings, BatchFailures failures) {
    this.settings = settings;
    this.failures = failures;
  }

  /**
   * The settings every batch call of this entry point runs with.
   *
   * @return the settings
   */
  public BatchSettings settings() {
    return settings;
  }

  /**
   * Makes the API's exceptions.
   *
   * @return the factories
   */
  public BatchFailures failures() {
    return failures;
  }

  /**
   * Writes a stream, throwing when anything was not applied. When the source or an element
   * fails, that exception is thrown once everything pulled before it was sent, with an
   * {@link UnprocessedItemsException} suppressed in it when some of it was not applied.
   *
   * @param source the elements, pulled lazily
   * @param validate turns an element into a validated write, or throws
   * @param <T> the element type
   */
  public <T> void writeStream(Iterator<T> source, Function<T, WriteOp> validate) {
    int[] count = {0};
    Outcome outcome = BatchCalls.writeStream(settings, source, element -> {
      WriteOp op = validate.apply(element);
      count[0]++;
      return op;
    });
    check("BatchWriteItem", count[0], outcome);
  }

  /**
   * Writes validated operations, throwing when anything was not applied.
   *
   * @param writes the writes, tagged with their {@link Pending}
   */
  public void write(List<WriteOp> writes) {
    check("BatchWriteItem", writes.size(), BatchCalls.write(settings, writes));
  }

  /**
   * Throws what the outcome calls for: the listener's (or a bug's) own exception, carrying an
   * {@link UnprocessedItemsException} as suppressed when something was not applied; else that
   * exception alone; else nothing.
   *
   * @param operation {@code BatchWriteItem} or {@code BatchGetItem}
   * @param total how many operations the call had
   * @param outcome the call's outcome, its operations tagged with their {@link Pending}
   */
  public void check(String operation, int total, Outcome outcome) {
    throwFor(outcome, outcome.complete()
        ? null : unprocessed(operation, total, outcome.notApplied(), outcome));
  }

  /**
   * Throws the outcome's unexpected exception (a listener's or a bug's), carrying
   * {@code incomplete} as suppressed; else {@code incomplete}; else nothing.
   *
   * @param outcome the call's outcome
   * @param incomplete the API's exception of what was not applied, or null when all was
   */
  public static void throwFor(Outcome outcome, RuntimeException incomplete) {
    Throwable unexpected = outcome.unexpected();
    if (unexpected == null) {
      if (incomplete != null) {
        throw incomplete;
      }
      return;
    }
    if (incomplete != null) {
      unexpected.addSuppressed(incomplete);
    }
    if (unexpected instanceof Error error) {
      throw error;
    }
    throw (RuntimeException) unexpected;
  }

  /**
   * What a batch context read of keys not read fails with: what a batchGet of them throws.
   *
   * @param tags the {@link Pending} reads not read
   * @param total how many keys the failing call asked for
   * @param outcome why they were not read
   * @return the exception
   */
  public RuntimeException notRead(List<Object> tags, int total, Outcome outcome) {
    return unprocessed("BatchGetItem", total, tags, outcome);
  }

  private UnprocessedItemsException unprocessed(String operation, int total, List<Object> tags,
      Outcome outcome) {
    List<Pending> pending = new ArrayList<>(tags.size());
    for (Object tag : tags) {
      pending.add((Pending) tag);
    }
    return failures.unprocessed().create(operation, total, pending, outcome.attempts(),
        outcome.interrupted(), outcome.cause());
  }
}
