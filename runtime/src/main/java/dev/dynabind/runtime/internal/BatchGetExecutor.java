package dev.dynabind.runtime.internal;

import dev.dynabind.runtime.BatchEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * The retry loop of one BatchGetItem chunk (at most 100 distinct keys): reads the chunk, then
 * only the keys that came back unprocessed or that a throttling or server error left unread,
 * with the policy's backoff in between. Found items go to the call's shared result map; keys
 * neither found nor unprocessed simply have no item. One instance per chunk and call.
 */
final class BatchGetExecutor {
  private final BatchSettings settings;
  private final Dispatcher dispatcher;
  private final int batchNumber;
  private final Map<ItemId, Map<String, AttributeValue>> found;
  private final Map<ItemId, ReadOp> pending = new LinkedHashMap<>();
  private final Map<String, List<String>> keyNames = new LinkedHashMap<>();

  BatchGetExecutor(BatchSettings settings, Dispatcher dispatcher, int batchNumber,
      List<ReadOp> chunk, Map<ItemId, Map<String, AttributeValue>> found) {
    this.settings = settings;
    this.dispatcher = dispatcher;
    this.batchNumber = batchNumber;
    this.found = found;
    for (ReadOp op : chunk) {
      pending.put(op.id(), op);
      keyNames.computeIfAbsent(op.id().table(), t -> List.copyOf(op.id().key().keySet()));
    }
  }

  Outcome run() {
    Throwable lastError = null;
    int maxAttempts = settings.retryPolicy().maxAttempts();
    for (int attempt = 1; attempt <= maxAttempts; attempt++) {
      if (dispatcher.stopping()) {
        return notRead(lastError, attempt - 1);
      }
      long start = settings.sleeper().nanoTime();
      int sent = pending.size();
      try {
        BatchGetItemResponse response = settings.client().batchGetItem(request());
        response.responses().forEach((table, items) -> {
          List<String> names = keyNames.getOrDefault(table, List.of());
          for (Map<String, AttributeValue> item : items) {
            ItemId id = ItemId.of(table, item, names);
            if (pending.remove(id) != null) {
              found.put(id, item);
            }
          }
        });
        List<ItemId> unprocessed = unprocessed(response.unprocessedKeys());
        // Whatever is neither found nor unprocessed does not exist: that is an answer too.
        pending.keySet().retainAll(unprocessed);
        report(attempt, sent, pending.size(), start, response.consumedCapacity());
        lastError = null;
      } catch (SdkException e) {
        report(attempt, sent, sent, start, null);
        if (!Retryable.isRetryable(e)) {
          dispatcher.stopBecauseFailed();
          return notRead(e, attempt);
        }
        lastError = e;
      }
      if (pending.isEmpty()) {
        return new Outcome(List.of(), null, false, attempt);
      }
      if (attempt < maxAttempts && dispatcher.sleepBeforeRetry(attempt)) {
        return notRead(lastError, attempt);
      }
    }
    return notRead(lastError, maxAttempts);
  }

  private BatchGetItemRequest request() {
    Map<String, List<Map<String, AttributeValue>>> keys = new LinkedHashMap<>();
    Map<String, ReadOp.TableRead> reads = new LinkedHashMap<>();
    for (ReadOp op : pending.values()) {
      keys.computeIfAbsent(op.id().table(), t -> new ArrayList<>()).add(op.id().key());
      reads.putIfAbsent(op.id().table(), op.table());
    }
    Map<String, KeysAndAttributes> items = new LinkedHashMap<>();
    keys.forEach((table, tableKeys) -> {
      ReadOp.TableRead read = reads.get(table);
      KeysAndAttributes.Builder k = KeysAndAttributes.builder().keys(tableKeys);
      if (read.consistentRead()) {
        k.consistentRead(true);
      }
      if (read.projection() != null) {
        k.projectionExpression(read.projection()).expressionAttributeNames(read.names());
      }
      items.put(table, k.build());
    });
    BatchGetItemRequest.Builder builder = BatchGetItemRequest.builder().requestItems(items);
    if (settings.reportConsumedCapacity()) {
      builder.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL);
    }
    return builder.build();
  }

  private List<ItemId> unprocessed(Map<String, KeysAndAttributes> returned) {
    List<ItemId> result = new ArrayList<>();
    returned.forEach((table, k) -> {
      for (Map<String, AttributeValue> key : k.keys()) {
        result.add(new ItemId(table, key));
      }
    });
    return result;
  }

  private Outcome notRead(Throwable cause, int attempts) {
    List<Object> tags = new ArrayList<>(pending.size());
    for (ReadOp op : pending.values()) {
      tags.add(op.tag());
    }
    return new Outcome(tags, cause, false, attempts);
  }

  private void report(int attempt, int sent, int unprocessed, long start,
      List<ConsumedCapacity> capacity) {
    Duration took = Duration.ofNanos(settings.sleeper().nanoTime() - start);
    settings.listener().onRequest(new BatchEvent("BatchGetItem", List.copyOf(keyNames.keySet()),
        batchNumber, sent, attempt, unprocessed, took, Capacity.total(capacity)));
  }
}
