package dev.dynabind.bench.remote;

import dev.dynabind.bench.model.Customer;
import dev.dynabind.bench.model.HandWrittenCustomerCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The floor: what a careful user writes against the low-level client with the
 * {@link HandWrittenCustomerCodec}. The same request sequence as Dynabind and the Enhanced Client
 * (BatchWriteItem of 25, BatchGetItem of 100, unprocessed work re-sent), no validation, no
 * de-duplication, no bookkeeping beyond the retry; one chunk per task on a fixed pool of
 * {@code threads} threads, or on the calling thread when {@code threads} is 1.
 */
final class HandWrittenLoad implements AutoCloseable {
  private static final int WRITE_CHUNK = 25;
  private static final int READ_CHUNK = 100;

  private final DynamoDbClient client;
  private final String table;
  private final ExecutorService pool;

  HandWrittenLoad(DynamoDbClient client, String table, int threads) {
    this.client = client;
    this.table = table;
    this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads);
  }

  /** Writes every customer. */
  void writeAll(List<Customer> items) {
    List<Runnable> chunks = new ArrayList<>();
    for (int from = 0; from < items.size(); from += WRITE_CHUNK) {
      List<Customer> chunk = items.subList(from, Math.min(items.size(), from + WRITE_CHUNK));
      chunks.add(() -> write(chunk));
    }
    runAll(chunks);
  }

  private void write(List<Customer> chunk) {
    List<WriteRequest> writes = new ArrayList<>(chunk.size());
    for (Customer c : chunk) {
      writes.add(WriteRequest.builder()
          .putRequest(p -> p.item(HandWrittenCustomerCodec.encode(c))).build());
    }
    Map<String, List<WriteRequest>> pending = Map.of(table, writes);
    while (!pending.isEmpty()) {
      Map<String, List<WriteRequest>> request = pending;
      BatchWriteItemResponse response = client.batchWriteItem(r -> r.requestItems(request));
      pending = response.unprocessedItems();
    }
  }

  /** Reads every id; returns how many items were found. */
  int readAll(List<String> ids) {
    List<Customer> found = java.util.Collections.synchronizedList(new ArrayList<>(ids.size()));
    List<Runnable> chunks = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += READ_CHUNK) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + READ_CHUNK));
      chunks.add(() -> found.addAll(read(chunk)));
    }
    runAll(chunks);
    return found.size();
  }

  private List<Customer> read(List<String> chunk) {
    List<Map<String, AttributeValue>> keys = new ArrayList<>(chunk.size());
    for (String id : chunk) {
      keys.add(Map.of("id", AttributeValue.fromS(id)));
    }
    List<Customer> out = new ArrayList<>(chunk.size());
    Map<String, KeysAndAttributes> pending = Map.of(table, KeysAndAttributes.builder().keys(keys).build());
    while (!pending.isEmpty()) {
      Map<String, KeysAndAttributes> request = pending;
      BatchGetItemResponse response = client.batchGetItem(r -> r.requestItems(request));
      for (Map<String, AttributeValue> item : response.responses().getOrDefault(table, List.of())) {
        out.add(HandWrittenCustomerCodec.decode(item));
      }
      pending = response.unprocessedKeys();
    }
    return out;
  }

  private void runAll(List<Runnable> chunks) {
    if (pool == null) {
      chunks.forEach(Runnable::run);
      return;
    }
    List<Future<?>> futures = new ArrayList<>(chunks.size());
    chunks.forEach(chunk -> futures.add(pool.submit(chunk)));
    try {
      for (Future<?> future : futures) {
        future.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdown();
    }
  }
}
