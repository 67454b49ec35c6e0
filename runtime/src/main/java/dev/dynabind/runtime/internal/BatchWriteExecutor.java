package dev.dynabind.runtime.internal;

import dev.dynabind.runtime.BatchEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The retry loop of one BatchWriteItem chunk (at most 25 writes, one per item): sends the chunk,
 * then only what came back unprocessed or what a throttling or server error left unsent, with the
 * policy's backoff in between, until everything is applied, the attempts are spent, the call is
 * stopped, or an error that retrying cannot cure ends it. One instance per chunk and call.
 */
final class BatchWriteExecutor {
  private final BatchSettings settings;
  private final Dispatcher dispatcher;
  private final int batchNumber;
  private final Map<ItemId, WriteOp> pending = new LinkedHashMap<>();
  private final Map<String, List<String>> keyNames = new LinkedHashMap<>();

  BatchWriteExecutor(BatchSettings settings, Dispatcher dispatcher, int batchNumber,
      List<WriteOp> chunk) {
    this.settings = settings;
    this.dispatcher = dispatcher;
    this.batchNumber = batchNumber;
    for (WriteOp op : chunk) {
      pending.put(op.id(), op);
      keyNames.computeIfAbsent(op.id().table(), t -> List.copyOf(op.id().key().keySet()));
    }
  }

  Outcome run() {
    Throwable lastError = null;
    int maxAttempts = settings.retryPolicy().maxAttempts();
    for (int attempt = 1; attempt <= maxAttempts; attempt++) {
      if (dispatcher.stopping()) {
        return notApplied(lastError, attempt - 1);
      }
      long start = settings.sleeper().nanoTime();
      int sent = pending.size();
      try {
        BatchWriteItemResponse response = settings.client().batchWriteItem(request());
        Map<ItemId, WriteOp> unprocessed = unprocessed(response.unprocessedItems());
        pending.keySet().retainAll(unprocessed.keySet());
        report(attempt, sent, pending.size(), start, response.consumedCapacity());
        lastError = null;
      } catch (SdkException e) {
        report(attempt, sent, sent, start, null);
        if (!Retryable.isRetryable(e)) {
          dispatcher.stopBecauseFailed();
          return notApplied(e, attempt);
        }
        lastError = e;
      }
      if (pending.isEmpty()) {
        return new Outcome(List.of(), null, false, attempt);
      }
      if (attempt < maxAttempts && dispatcher.sleepBeforeRetry(attempt)) {
        return notApplied(lastError, attempt);
      }
    }
    return notApplied(lastError, maxAttempts);
  }

  private BatchWriteItemRequest request() {
    Map<String, List<WriteRequest>> byTable = new LinkedHashMap<>();
    for (WriteOp op : pending.values()) {
      byTable.computeIfAbsent(op.id().table(), t -> new ArrayList<>()).add(op.request());
    }
    BatchWriteItemRequest.Builder builder = BatchWriteItemRequest.builder().requestItems(byTable);
    if (settings.reportConsumedCapacity()) {
      builder.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL);
    }
    return builder.build();
  }

  /** Maps what DynamoDB handed back onto our writes by table and key. */
  private Map<ItemId, WriteOp> unprocessed(Map<String, List<WriteRequest>> returned) {
    Map<ItemId, WriteOp> result = new LinkedHashMap<>();
    returned.forEach((table, writes) -> {
      List<String> names = keyNames.getOrDefault(table, List.of());
      for (WriteRequest write : writes) {
        ItemId id = write.putRequest() != null
            ? ItemId.of(table, write.putRequest().item(), names)
            : ItemId.of(table, write.deleteRequest().key(), names);
        WriteOp op = pending.get(id);
        if (op != null) {
          result.put(id, op);
        }
      }
    });
    return result;
  }

  private Outcome notApplied(Throwable cause, int attempts) {
    List<Object> tags = new ArrayList<>(pending.size());
    for (WriteOp op : pending.values()) {
      tags.add(op.tag());
    }
    return new Outcome(tags, cause, false, attempts);
  }

  private void report(int attempt, int sent, int unprocessed, long start,
      List<ConsumedCapacity> capacity) {
    Duration took = Duration.ofNanos(settings.sleeper().nanoTime() - start);
    settings.listener().onRequest(new BatchEvent("BatchWriteItem", List.copyOf(keyNames.keySet()),
        batchNumber, sent, attempt, unprocessed, took, Capacity.total(capacity)));
  }
}
