package dev.dynabind.runtime;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One single request Dynabind sent through its operation pipeline (a {@code GetItem},
 * {@code PutItem}, {@code DeleteItem}, {@code UpdateItem}, {@code TransactWriteItems} or one
 * {@code Query} page), retries included. Batch requests are reported as {@link BatchEvent}s.
 *
 * @param operation the DynamoDB operation, such as {@code GetItem}
 * @param tables the (prefixed) tables the request named
 * @param attempt the attempt, from 1
 * @param duration how long the request took
 * @param outcome how it ended
 * @param error the simple class name of the SDK exception when it failed, else null; never its
 *     message, which may quote item contents
 */
public record OperationEvent(String operation, List<String> tables, int attempt,
    Duration duration, Outcome outcome, String error) {

  /** How one request ended. */
  public enum Outcome {
    /** Answered; its result was used. */
    SUCCEEDED,
    /** Failed with throttling or a server error, and another attempt follows. */
    RETRIED,
    /**
     * Failed for good: the error reaches the caller (a missing table, a failed condition, a
     * validation error, or a retryable error after the last attempt).
     */
    FAILED
  }

  /** Copies the table list and checks the parts. */
  public OperationEvent {
    Objects.requireNonNull(operation, "operation");
    tables = List.copyOf(tables);
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(outcome, "outcome");
  }
}
