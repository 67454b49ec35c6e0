package dev.dynabind.runtime.internal;

import dev.dynabind.runtime.BatchEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;

/**
 * The retry loop of one chunk of a batch call, whatever the request: sends what is pending, then
 * only what came back unprocessed or what a throttling or server error left unsent, with the
 * policy's backoff in between, until nothing is pending, the attempts are spent, the call is
 * stopped, or an error that retrying cannot cure ends it. Every request is reported to the
 * listener. Subclasses say how one request is built and what its answer settles. One instance
 * per chunk and call.
 *
 * @param <T> the operation type
 */
abstract class ChunkExecutor<T extends BatchOp> {
  final BatchSettings settings;
  /** What is still to do, by item; an attempt removes what it settled. */
  final Map<ItemId, T> pending = new LinkedHashMap<>();
  /** The key attribute names of each table in the chunk, to find the key in a returned item. */
  final Map<String, List<String>> keyNames = new LinkedHashMap<>();
  private final String operation;
  private final Dispatcher dispatcher;
  private final int batchNumber;

  ChunkExecutor(String operation, BatchSettings settings, Dispatcher dispatcher, int batchNumber,
      List<T> chunk) {
    this.operation = operation;
    this.settings = settings;
    this.dispatcher = dispatcher;
    this.batchNumber = batchNumber;
    for (T op : chunk) {
      pending.put(op.id(), op);
      keyNames.computeIfAbsent(op.id().table(), t -> List.copyOf(op.id().key().keySet()));
    }
  }

  /**
   * Sends one request for everything pending and removes from {@link #pending} what the answer
   * settled, leaving what came back unprocessed.
   *
   * @return the capacity the request consumed, or null when not asked for
   * @throws SdkException when the request failed; nothing is settled
   */
  abstract List<ConsumedCapacity> attempt();

  final Outcome run() {
    Throwable lastError = null;
    int maxAttempts = settings.retryPolicy().maxAttempts();
    for (int attempt = 1; attempt <= maxAttempts; attempt++) {
      if (dispatcher.stopping()) {
        return notDone(lastError, attempt - 1);
      }
      long start = settings.sleeper().nanoTime();
      int sent = pending.size();
      try {
        List<ConsumedCapacity> capacity = attempt();
        report(attempt, sent, pending.size(), start, capacity);
        lastError = null;
      } catch (SdkException e) {
        report(attempt, sent, sent, start, null);
        if (!Retryable.isRetryable(e)) {
          dispatcher.stopBecauseFailed();
          return notDone(e, attempt);
        }
        lastError = e;
      }
      if (pending.isEmpty()) {
        return new Outcome(List.of(), null, false, attempt);
      }
      if (attempt < maxAttempts && dispatcher.sleepBeforeRetry(attempt)) {
        return notDone(lastError, attempt);
      }
    }
    return notDone(lastError, maxAttempts);
  }

  private Outcome notDone(Throwable cause, int attempts) {
    return new Outcome(BatchOp.tags(pending.values()), cause, false, attempts);
  }

  private void report(int attempt, int sent, int unprocessed, long start,
      List<ConsumedCapacity> capacity) {
    Duration took = Duration.ofNanos(settings.sleeper().nanoTime() - start);
    settings.listener().onRequest(new BatchEvent(operation, List.copyOf(keyNames.keySet()),
        batchNumber, sent, attempt, unprocessed, took, Capacity.total(capacity)));
  }
}
