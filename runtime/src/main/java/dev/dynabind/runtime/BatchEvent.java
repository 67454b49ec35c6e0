package dev.dynabind.runtime;

import java.time.Duration;
import java.util.List;

/**
 * One request sent by the batch machinery.
 *
 * @param operation {@code BatchGetItem}, {@code BatchWriteItem}, {@code GetItem} and so on
 * @param tables the (prefixed) tables the request touched
 * @param batchNumber the chunk's number within its call, from 1
 * @param itemCount keys or writes in this request
 * @param attempt the attempt for this chunk, from 1
 * @param unprocessedCount keys or writes DynamoDB handed back unprocessed (all of them when the
 *     request failed with a retryable error)
 * @param duration how long the request took
 * @param consumedCapacity capacity units consumed, or {@code NaN} when not asked for
 */
public record BatchEvent(
    String operation,
    List<String> tables,
    int batchNumber,
    int itemCount,
    int attempt,
    int unprocessedCount,
    Duration duration,
    double consumedCapacity) {
  /** Copies the table list. */
  public BatchEvent {
    tables = List.copyOf(tables);
  }
}
