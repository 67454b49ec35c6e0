package dev.dynabind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynabind.testing.FaultInjector;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class BatchRetryTest {

  @Test
  void everyItemIsWrittenAndReadBackDespiteUnprocessedItemsAndThrottling() {
    FaultInjector faults = FaultInjector.random(42, 0.30, 0.10);
    try (BatchFixture f = new BatchFixture(faults)) {
      List<Item> all = BatchFixture.items(10_000);
      f.items.batchSave(all);
      assertEquals(10_000, f.count(f.items), "every item is in the table");
      int throttledWhileWriting = faults.throttledRequests();

      List<Item> read = f.items.batchGet(BatchFixture.ids(10_000));
      assertEquals(all, read, "every item read back, in key order");
      assertTrue(throttledWhileWriting > 20, "writes were throttled: " + throttledWhileWriting);
      assertTrue(faults.throttledRequests() > throttledWhileWriting, "reads were throttled too");
      assertTrue(faults.heldBack() > 3_000 + 3_000, "a third of writes and reads came back unprocessed: "
          + faults.heldBack());
      assertTrue(f.events.stream().anyMatch(e -> e.attempt() > 2), "some chunks needed retries");
    }
  }

  @Test
  void permanentlyUnprocessedWritesAreExactlyTheOnesReportedAndAllOthersAreWritten() {
    Set<String> doomed = Set.of("id-7", "id-120", "id-121", "id-999");
    FaultInjector faults = FaultInjector.never(item -> doomed.contains(item.get("id").s()));
    try (BatchFixture f = new BatchFixture(b -> b.retryPolicy(RetryPolicy.builder().maxAttempts(4)
        .baseDelay(java.time.Duration.ofMillis(1)).maxDelay(java.time.Duration.ofMillis(2)).build()),
        faults)) {
      List<Item> all = BatchFixture.items(1_000);
      UnprocessedItemsException e =
          assertThrows(UnprocessedItemsException.class, () -> f.items.batchSave(all));

      assertEquals(doomed, new HashSet<>(e.keysOf(f.items)));
      assertEquals(4, e.itemsOf(f.items).size());
      assertEquals(e.itemsOf(f.items), List.copyOf(e.unprocessedItems()));
      assertEquals(all.stream().filter(i -> doomed.contains(i.id())).toList(), e.itemsOf(f.items),
          "the typed items, in call order");
      assertEquals(4, e.attempts());
      assertEquals("BatchWriteItem", e.operation());
      assertTrue(e.getMessage().startsWith("4 of 1000 writes were not applied after 4 attempts"),
          e.getMessage());
      assertTrue(e.getMessage().contains("id-120") && !e.getMessage().contains("p120"),
          "keys named, contents not: " + e.getMessage());
      assertEquals(996, f.count(f.items), "every other item was written");
    }
  }

  @Test
  void permanentlyUnprocessedKeysAreExactlyTheOnesReportedByBatchGet() {
    Set<String> doomed = Set.of("id-3", "id-250");
    FaultInjector faults = FaultInjector.never(key -> doomed.contains(key.get("id").s()));
    try (BatchFixture f = new BatchFixture(faults)) {
      List<Item> all = BatchFixture.items(300);
      // Written through a client without faults, so only the reads are disturbed.
      try (var plain = dev.dynabind.testing.TestClients.client()) {
        new ItemRepository(Dynabind.builder().client(plain).tableNamePrefix(f.db.tableNamePrefix())
            .build()).batchSave(all);
      }
      UnprocessedItemsException e = assertThrows(UnprocessedItemsException.class,
          () -> f.items.batchGet(BatchFixture.ids(300)));
      assertEquals(List.of("id-3", "id-250"), e.keysOf(f.items));
      assertEquals("BatchGetItem", e.operation());
      assertTrue(e.getMessage().startsWith("2 of 300 keys were not read"), e.getMessage());
    }
  }

  @Test
  void anErrorThatRetryingCannotCureStopsTheCallAndReportsEverythingNotApplied() {
    try (BatchFixture f = new BatchFixture()) {
      ItemRepository missing = new ItemRepository(f.db, ItemCodec.LOCKED); // table never created
      UnprocessedItemsException e = assertThrows(UnprocessedItemsException.class,
          () -> missing.batchSave(BatchFixture.items(60)));
      assertEquals(60, e.keysOf(missing).size());
      // A missing table is named as Dynabind names it; the SDK's exception is its cause.
      assertEquals("TableNotFoundException", e.getCause().getClass().getSimpleName());
      assertEquals("ResourceNotFoundException",
          e.getCause().getCause().getClass().getSimpleName());
      assertEquals(1, e.attempts(), "a client error is not retried");
    }
  }

  @Test
  void theBackoffBeforeEachRetryIsThePolicysFullJitterDelay() {
    List<java.time.Duration> delays = new ArrayList<>();
    RetryPolicy policy = RetryPolicy.builder().maxAttempts(6)
        .baseDelay(java.time.Duration.ofMillis(10)).maxDelay(java.time.Duration.ofMillis(40)).build();
    FaultInjector faults = FaultInjector.never(item -> item.get("id").s().equals("id-0"));
    try (BatchFixture f = new BatchFixture(b -> b.retryPolicy(policy).sleeper(
        new RecordingSleeper(delays)), faults)) {
      assertThrows(UnprocessedItemsException.class, () -> f.items.batchSave(BatchFixture.items(2)));
      assertEquals(5, delays.size(), "one wait between each two of 6 attempts");
      long[] caps = {10, 20, 40, 40, 40};
      for (int i = 0; i < delays.size(); i++) {
        assertTrue(delays.get(i).toMillis() <= caps[i], "retry " + (i + 1) + ": " + delays.get(i));
      }
      assertEquals(List.of(1, 2, 3, 4, 5, 6),
          f.events.stream().map(BatchEvent::attempt).toList());
      assertEquals(List.of(2, 1, 1, 1, 1, 1),
          f.events.stream().map(BatchEvent::itemCount).toList(), "only the unprocessed are resent");
    }
  }

  @ParameterizedTest(name = "concurrency {0}")
  @ValueSource(ints = {1, 4})
  void serverErrorsAreRetriedUntilEveryItemIsWrittenAndReadWithOneRetryPerError(int concurrency) {
    FaultInjector faults = FaultInjector.serverErrors(5, 0.4);
    try (BatchFixture f = new BatchFixture(b -> b.concurrency(concurrency), faults)) {
      List<Item> all = BatchFixture.items(600);
      f.items.batchSave(all);
      assertEquals(idsOf(all), f.storedIds(f.items), "every item is in the table (Scan)");
      assertOneRetryPerServerError(f, "BatchWriteItem", 24, faults.serverErrors());

      int failedWhileWriting = faults.serverErrors();
      f.events.clear();
      f.counter.reset();
      assertEquals(all, f.items.batchGet(BatchFixture.ids(600)), "every item read back");
      assertOneRetryPerServerError(f, "BatchGetItem", 6,
          faults.serverErrors() - failedWhileWriting);
      assertTrue(faults.serverErrors(500) > 0 && faults.serverErrors(503) > 0,
          "both kinds: " + faults.serverErrors(500) + " and " + faults.serverErrors(503));
    }
  }

  /**
   * A failed request was never sent and every one of its items is retried; nothing comes back
   * unprocessed, so each error costs exactly one more request of its chunk.
   */
  private static void assertOneRetryPerServerError(BatchFixture f, String operation, int chunks,
      int errors) {
    assertTrue(errors > 0, operation + " met server errors");
    assertEquals(chunks, f.counter.count(operation), "each chunk reached DynamoDB once");
    assertEquals(chunks + errors, f.events.size(), "one request more per error");
    assertEquals(errors, f.events.stream().filter(e -> e.attempt() > 1).count(), "retries");
    assertEquals(errors, f.events.stream()
        .filter(e -> e.unprocessedCount() == e.itemCount()).count(), "failed requests");
  }

  @Test
  void serverErrorsOnEveryAttemptEndInUnprocessedItemsAfterTheLastAttempt() {
    FaultInjector faults = FaultInjector.serverErrors(9, 1.0);
    try (BatchFixture f = new BatchFixture(b -> b.retryPolicy(RetryPolicy.builder().maxAttempts(3)
        .baseDelay(java.time.Duration.ofMillis(1)).maxDelay(java.time.Duration.ofMillis(2)).build()),
        faults)) {
      UnprocessedItemsException e = assertThrows(UnprocessedItemsException.class,
          () -> f.items.batchSave(BatchFixture.items(60)));
      assertEquals(BatchFixture.ids(60), e.keysOf(f.items));
      assertEquals(3, e.attempts());
      assertTrue(((SdkServiceException) e.getCause()).statusCode() >= 500, e.getCause().toString());
      assertEquals(9, faults.serverErrors(), "three chunks, three attempts each");
      assertEquals(9, f.events.size());
      assertEquals(0, f.counter.count("BatchWriteItem"));
      assertEquals(0, f.count(f.items));
    }
  }

  static Map<String, AttributeValue> key(String id) {
    return Map.of("id", AttributeValue.fromS(id));
  }

  static Set<String> idsOf(List<Item> items) {
    return items.stream().map(Item::id).collect(Collectors.toSet());
  }

  static void assertNotInterrupted() {
    assertFalse(Thread.currentThread().isInterrupted());
  }
}
