package dev.dynabind.runtime.internal.op;

import dev.dynabind.runtime.DynabindException;
import dev.dynabind.runtime.OperationEvent;
import dev.dynabind.runtime.OperationListener;
import dev.dynabind.runtime.RetryPolicy;
import dev.dynabind.runtime.TableNotFoundException;
import dev.dynabind.runtime.internal.config.Sleeper;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * Runs every single-request operation (GetItem, PutItem, DeleteItem, UpdateItem,
 * TransactWriteItems, each Query and Scan page) and applies, once for all of them: retries of throttling,
 * and of server errors where the operation is idempotent, per the {@link RetryPolicy} and waiting
 * through the injected {@link Sleeper}; translation of a missing table into
 * {@link TableNotFoundException} and of a failed condition as the operation says. Strict mode and
 * the batch context cache stay with the callers, which know the context; batch calls have their
 * own engine ({@code internal.batch}) with a per-chunk retry loop. Immutable and thread-safe.
 */
public final class Pipeline {
  /** Single requests are stopped by interrupts only, so their stop latch never opens. */
  private static final CountDownLatch NEVER_STOPPED = new CountDownLatch(1);

  /** The runtime's one logger name, so users configure one. */
  private static final System.Logger LOG = System.getLogger("dev.dynabind.runtime");

  private final DynamoDbClient client;
  private final RetryPolicy retryPolicy;
  private final Sleeper sleeper;
  private final OperationListener listener;

  /**
   * A pipeline over one client.
   *
   * @param client the client every request goes through
   * @param retryPolicy attempts and delays
   * @param sleeper how waits happen; tests record them
   */
  public Pipeline(DynamoDbClient client, RetryPolicy retryPolicy, Sleeper sleeper) {
    this(client, retryPolicy, sleeper, OperationListener.NONE);
  }

  /**
   * A pipeline over one client that reports every request.
   *
   * @param client the client every request goes through
   * @param retryPolicy attempts and delays
   * @param sleeper how waits happen and requests are timed; tests record them
   * @param listener receives one event per request sent
   */
  public Pipeline(DynamoDbClient client, RetryPolicy retryPolicy, Sleeper sleeper,
      OperationListener listener) {
    this.client = Objects.requireNonNull(client, "client");
    this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  /**
   * Builds the operation's request once, sends it until it succeeds, fails in a way retrying
   * cannot cure, or the policy's attempts are spent, and returns the operation's result.
   *
   * @param operation the operation
   * @param <Q> the request type
   * @param <S> the response type
   * @param <T> the result type
   * @return the result
   * @throws TableNotFoundException when a table the request names does not exist
   * @throws DynabindException when interrupted while waiting to retry; the flag is set again
   */
  public <Q extends DynamoDbRequest, S extends DynamoDbResponse, T> T run(
      Operation<Q, S, T> operation) {
    Q request = operation.request();
    for (int attempt = 1; ; attempt++) {
      long start = sleeper.nanoTime();
      S response;
      try {
        response = operation.send(client, request);
      } catch (ResourceNotFoundException missing) {
        report(operation, attempt, start, OperationEvent.Outcome.FAILED, missing);
        throw new TableNotFoundException(operation.tableNames(), missing);
      } catch (ConditionalCheckFailedException lost) {
        report(operation, attempt, start, OperationEvent.Outcome.FAILED, lost);
        return operation.conditionFailed(lost);
      } catch (AwsServiceException failure) {
        boolean retry = attempt < retryPolicy.maxAttempts() && retryable(operation, failure);
        report(operation, attempt, start,
            retry ? OperationEvent.Outcome.RETRIED : OperationEvent.Outcome.FAILED, failure);
        if (retry) {
          waitBeforeRetry(attempt, "the " + operation.describe());
          continue;
        }
        if (retryable(operation, failure)) {
          // The class only: a service message may quote item contents.
          LOG.log(System.Logger.Level.WARNING, "{0} on {1} failed after {2} attempts, the retry"
              + " policy''s limit (last error: {3})", operation.name(), operation.tableNames(),
              attempt, failure.getClass().getSimpleName());
        }
        throw operation.translate(failure);
      }
      report(operation, attempt, start, OperationEvent.Outcome.SUCCEEDED, null);
      return operation.result(response);
    }
  }

  private void report(Operation<?, ?, ?> operation, int attempt, long start,
      OperationEvent.Outcome outcome, Exception error) {
    listener.onRequest(new OperationEvent(operation.name(), operation.tableNames(), attempt,
        Duration.ofNanos(sleeper.nanoTime() - start), outcome,
        error == null ? null : error.getClass().getSimpleName()));
  }

  /**
   * A server error may have been applied, so only a request that is safe to repeat retries it;
   * throttling means nothing was applied.
   */
  private static boolean retryable(Operation<?, ?, ?> operation, AwsServiceException failure) {
    return operation.throttled(failure)
        || operation.idempotent() && ServiceErrors.isServerError(failure);
  }

  /**
   * Waits the policy's delay before retry number {@code retry} (from 1) with the injected sleeper;
   * every single-request retry loop waits here (the pipeline's, lock acquisition's, and
   * {@code updateAtomic}'s).
   *
   * @param retry the retry number, from 1
   * @param what what is retried, for the message: such as {@code the lock of {id=S:a} in table 'x'}
   * @throws DynabindException when interrupted; the thread's interrupt flag is set again
   */
  public void waitBeforeRetry(int retry, String what) {
    Duration delay = retryPolicy.delayBeforeRetry(retry);
    try {
      sleeper.sleep(delay, NEVER_STOPPED);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DynabindException("interrupted while waiting to retry " + what
          + "; nothing more was sent", e);
    }
  }

  /**
   * The retry policy this pipeline applies.
   *
   * @return the policy
   */
  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }
}
