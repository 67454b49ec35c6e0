package dev.dynabind.runtime.internal;

import dev.dynabind.runtime.BatchEvent;
import dev.dynabind.runtime.DynabindException;
import dev.dynabind.runtime.Dynabind;
import dev.dynabind.runtime.KeyAttribute;
import dev.dynabind.runtime.RetryPolicy;
import dev.dynabind.runtime.TableMetadata;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * Sends the reads a batch context dispatched as BatchGetItem requests of at most 100 keys across
 * tables, retrying unprocessed keys and throttling, and settles every read's future.
 */
final class ContextBatchGet implements Runnable {
  private final Dynabind db;
  private final ContextLoader loader;
  private final List<PendingRead<?>> reads;

  ContextBatchGet(Dynabind db, ContextLoader loader, List<PendingRead<?>> reads) {
    this.db = db;
    this.loader = loader;
    this.reads = reads;
  }

  @Override
  public void run() {
    int batchNumber = 0;
    for (int from = 0; from < reads.size(); from += ContextLoader.MAX_KEYS_PER_REQUEST) {
      List<PendingRead<?>> chunk =
          reads.subList(from, Math.min(reads.size(), from + ContextLoader.MAX_KEYS_PER_REQUEST));
      try {
        send(chunk, ++batchNumber);
      } catch (RuntimeException | Error failure) {
        for (PendingRead<?> read : chunk) {
          fail(read, failure);
        }
      }
    }
  }

  private void send(List<PendingRead<?>> chunk, int batchNumber) {
    Map<String, Map<Map<String, AttributeValue>, PendingRead<?>>> waiting = new LinkedHashMap<>();
    Map<String, TableMetadata> metadataByTable = new HashMap<>();
    for (PendingRead<?> read : chunk) {
      String table = read.repository().tableName();
      metadataByTable.put(table, read.repository().codec().metadata());
      waiting.computeIfAbsent(table, t -> new LinkedHashMap<>()).put(read.cacheKey().key(), read);
    }
    Map<String, KeysAndAttributes> request = new LinkedHashMap<>();
    waiting.forEach((table, byKey) ->
        request.put(table, KeysAndAttributes.builder().keys(new ArrayList<>(byKey.keySet())).build()));
    RetryPolicy policy = db.retryPolicy();
    for (int attempt = 1; ; attempt++) {
      long started = System.nanoTime();
      Map<String, KeysAndAttributes> unprocessed;
      try {
        BatchGetItemResponse response = db.client().batchGetItem(b -> b.requestItems(request));
        response.responses().forEach((table, items) -> {
          for (Map<String, AttributeValue> item : items) {
            PendingRead<?> read = waiting.get(table).remove(keyOf(metadataByTable.get(table), item));
            if (read != null) {
              settle(read, item);
            }
          }
        });
        unprocessed = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
      } catch (AwsServiceException e) {
        if (!Retryable.isRetryable(e) || attempt >= policy.maxAttempts()) {
          throw e;
        }
        unprocessed = request;
      }
      int left = unprocessed.values().stream().mapToInt(k -> k.keys().size()).sum();
      report(request, batchNumber, attempt, left, started);
      settleProcessedMisses(waiting, unprocessed);
      if (left == 0) {
        return;
      }
      if (attempt >= policy.maxAttempts()) {
        throw new DynabindException(left + " keys were still unprocessed after " + attempt
            + " attempts of BatchGetItem");
      }
      request.clear();
      request.putAll(unprocessed);
      sleep(policy.delayBeforeRetry(attempt));
    }
  }

  /** A key DynamoDB processed but returned no item for does not exist. */
  private void settleProcessedMisses(Map<String, Map<Map<String, AttributeValue>, PendingRead<?>>> waiting,
      Map<String, KeysAndAttributes> unprocessed) {
    waiting.forEach((table, byKey) -> {
      KeysAndAttributes retry = unprocessed.get(table);
      List<Map<String, AttributeValue>> stillOpen = retry == null ? List.of() : retry.keys();
      byKey.entrySet().removeIf(entry -> {
        if (stillOpen.contains(entry.getKey())) {
          return false;
        }
        settle(entry.getValue(), null);
        return true;
      });
    });
  }

  private void settle(PendingRead<?> read, Map<String, AttributeValue> item) {
    read.complete(item);
    if (read.future().isCompletedExceptionally()) {
      loader.forget(read.cacheKey(), read.future());
    }
  }

  private void fail(PendingRead<?> read, Throwable failure) {
    if (read.future().completeExceptionally(failure)) {
      loader.forget(read.cacheKey(), read.future());
    }
  }

  private void report(Map<String, KeysAndAttributes> request, int batchNumber, int attempt,
      int unprocessed, long started) {
    int keys = request.values().stream().mapToInt(k -> k.keys().size()).sum();
    db.listener().onRequest(new BatchEvent("BatchGetItem", new ArrayList<>(request.keySet()),
        batchNumber, keys, attempt, unprocessed, Duration.ofNanos(System.nanoTime() - started),
        Double.NaN));
  }

  private static Map<String, AttributeValue> keyOf(TableMetadata metadata, Map<String, AttributeValue> item) {
    Map<String, AttributeValue> key = new HashMap<>(4);
    put(key, metadata.partitionKey(), item);
    if (metadata.sortKey() != null) {
      put(key, metadata.sortKey(), item);
    }
    return key;
  }

  private static void put(Map<String, AttributeValue> key, KeyAttribute attribute,
      Map<String, AttributeValue> item) {
    key.put(attribute.attributeName(), item.get(attribute.attributeName()));
  }

  private static void sleep(Duration delay) {
    try {
      Thread.sleep(delay.toMillis(), (int) (delay.toNanosPart() % 1_000_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DynabindException("Interrupted while waiting to retry BatchGetItem", e);
    }
  }
}
