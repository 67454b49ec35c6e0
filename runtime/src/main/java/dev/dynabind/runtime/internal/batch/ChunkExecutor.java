package dev.dynabind.runtime.internal.batch;

import dev.dynabind.runtime.BatchEvent;
import dev.dynabind.runtime.TableNotFoundException;
import dev.dynabind.runtime.internal.table.ItemId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * The retry loop of one chunk of a batch call, whatever the request: sends what is pending, then
 * only what came back unprocessed or what a throttling or server error left unsent, with the
 * policy's backoff in between, until nothing is pending, the attempts are spent, the call is
 * stopped, or an error that retrying cannot cure ends it. Every request is reported to the
 * listener; when the listener (or a bug) throws, the call stops and the exception is kept in the
 * outcome rather than thrown, so that what is still pending is not lost with it. Subclasses say
 * how one request is built and what its answer settles. One instance per chunk and call.
 *
 * @param <T> the operation type
 */
abstract class ChunkExecutor<T extends BatchOp> {
  /** The runtime's one logger name, so users configure one. */
  private static final System.Logger LOG = System.getLogger("dev.dynabind.runtime");

  final BatchSettings settings;
  /** What is still to do, by item; an attempt removes what it settled. */
  final Map<ItemId, T> pending = new LinkedHashMap<>();
  /** The key attribute names of each table in the chunk, to find the key in a returned item. */
  final Map<String, List<String>> keyNames = new LinkedHashMap<>();
  private final String operation;
  private final Dispatcher dispatcher;
  private final int batchNumber;
  /** Requests sent so far. */
  private int attempts;
  /** What the last request threw, or null when it was answered. */
  private Throwable lastError;

  ChunkExecutor(String operation, BatchSettings settings, Dispatcher dispatcher, int batchNumber,
      List<T> chunk) {
    this.operation = operation;
    this.settings = settings;
    this.dispatcher = dispatcher;
    this.batchNumber = batchNumber;
    for (T op : chunk) {
      pending.put(op.id(), op);
      if (!keyNames.containsKey(op.id().table())) {
        // Not computeIfAbsent: its lambda would capture, and allocate, once per operation.
        keyNames.put(op.id().table(), List.copyOf(op.id().key().keySet()));
      }
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

  final Dispatcher.ChunkOutcome run() {
    try {
      return retry();
    } catch (RuntimeException | Error unexpected) {
      // The listener threw, or a bug did. Retrying cannot cure that, so the call stops; what is
      // pending includes a request that may have been applied, which is the safe side to report.
      dispatcher.stopBecauseFailed();
      return new Dispatcher.ChunkOutcome(List.copyOf(pending.values()), lastError, attempts,
          unexpected);
    }
  }

  private Dispatcher.ChunkOutcome retry() {
    int maxAttempts = settings.retryPolicy().maxAttempts();
    while (attempts < maxAttempts && !dispatcher.stopping()) {
      int attempt = ++attempts;
      long start = settings.sleeper().nanoTime();
      int sent = pending.size();
      try {
        List<ConsumedCapacity> capacity = attempt();
        lastError = null;
        report(attempt, sent, pending.size(), start, capacity);
      } catch (SdkException e) {
        // A missing table is named as single requests name it (prefixed, with the createTable()
        // hint); the report of what was not applied stays the batch call's exception.
        lastError = e instanceof ResourceNotFoundException missing
            ? new TableNotFoundException(List.copyOf(keyNames.keySet()), missing) : e;
        report(attempt, sent, sent, start, null);
        if (Retryable.isInterruption(e)) {
          // The request ran on an interrupted thread (the caller's, when the chunk runs there):
          // an interrupt, not a failure of the service, whatever the SDK made of it.
          dispatcher.interruptedWhileRunning();
          return notDone();
        }
        if (!Retryable.isRetryable(e)) {
          dispatcher.stopBecauseFailed();
          return notDone();
        }
      }
      if (pending.isEmpty()) {
        return new Dispatcher.ChunkOutcome(List.of(), null, attempt, null);
      }
      if (attempt < maxAttempts && dispatcher.sleepBeforeRetry(attempt)) {
        return notDone();
      }
    }
    if (attempts >= maxAttempts && !pending.isEmpty()) {
      // Keys and items stay in the exception; the log says only how much and where.
      LOG.log(System.Logger.Level.WARNING, "{0} batch #{1} on {2}: {3} not applied after {4}"
          + " attempts, the retry policy''s limit", operation, batchNumber, keyNames.keySet(),
          pending.size(), attempts);
    }
    return notDone();
  }

  private Dispatcher.ChunkOutcome notDone() {
    return new Dispatcher.ChunkOutcome(List.copyOf(pending.values()), lastError, attempts, null);
  }

  private void report(int attempt, int sent, int unprocessed, long start,
      List<ConsumedCapacity> capacity) {
    Duration took = Duration.ofNanos(settings.sleeper().nanoTime() - start);
    settings.listener().onRequest(new BatchEvent(operation, List.copyOf(keyNames.keySet()),
        batchNumber, sent, attempt, unprocessed, took, Capacity.total(capacity)));
  }
}
