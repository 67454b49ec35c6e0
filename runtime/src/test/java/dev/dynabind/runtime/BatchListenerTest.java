package dev.dynabind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynabind.testing.FaultInjector;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BatchListenerTest {

  @Test
  void oneEventPerRequestWithBatchNumberCountsAndAttempt() {
    try (BatchFixture f = new BatchFixture()) {
      f.items.batchSave(BatchFixture.items(60));
      assertEquals(3, f.events.size());
      assertEquals(Set.of(1, 2, 3), f.events.stream().map(BatchEvent::batchNumber).collect(Collectors.toSet()));
      assertEquals(60, f.events.stream().mapToInt(BatchEvent::itemCount).sum());
      f.events.forEach(e -> {
        assertEquals("BatchWriteItem", e.operation());
        assertEquals(List.of(f.items.tableName()), e.tables());
        assertEquals(1, e.attempt());
        assertEquals(0, e.unprocessedCount());
        assertFalse(e.duration().isNegative());
        assertTrue(Double.isNaN(e.consumedCapacity()), "not asked for");
      });
      f.events.clear();
      f.items.batchGet(BatchFixture.ids(150));
      assertEquals(List.of(100, 50), f.events.stream().sorted(
          java.util.Comparator.comparingInt(BatchEvent::batchNumber)).map(BatchEvent::itemCount).toList());
    }
  }

  @Test
  void retriedRequestsReportTheirAttemptAndTheUnprocessedCount() {
    FaultInjector faults = FaultInjector.random(3, 0.5, 0.0);
    try (BatchFixture f = new BatchFixture(faults)) {
      f.items.batchSave(BatchFixture.items(25));
      for (int i = 1; i < f.events.size(); i++) {
        assertEquals(i + 1, f.events.get(i).attempt());
        assertEquals(f.events.get(i - 1).unprocessedCount(), f.events.get(i).itemCount(),
            "a retry sends exactly what came back");
      }
      assertEquals(0, f.events.get(f.events.size() - 1).unprocessedCount());
      assertTrue(f.events.size() > 1);
    }
  }

  @Test
  void consumedCapacityIsReportedWhenAskedFor() {
    try (BatchFixture f = new BatchFixture(b -> b.reportConsumedCapacity(true))) {
      f.items.batchSave(BatchFixture.items(10));
      f.items.batchGet(BatchFixture.ids(10));
      assertEquals(2, f.events.size());
      f.events.forEach(e -> assertTrue(e.consumedCapacity() > 0, e.toString()));
    }
  }

  @ParameterizedTest(name = "concurrency {0}")
  @ValueSource(ints = {1, 3})
  void aListenerExceptionReachesTheCallerAsItselfAndEveryWriteNotAppliedIsListed(int concurrency)
      throws InterruptedException {
    IllegalStateException failure = new IllegalStateException("listener failed");
    AtomicInteger calls = new AtomicInteger();
    try (BatchFixture f = new BatchFixture(b -> b.concurrency(concurrency).listener(event -> {
      if (calls.incrementAndGet() == 2) {
        throw failure;
      }
    }))) {
      List<Item> all = BatchFixture.items(250); // ten chunks
      IllegalStateException thrown =
          assertThrows(IllegalStateException.class, () -> f.items.batchSave(all));

      assertSame(failure, thrown, "the listener's own exception, not a CompletionException");
      UnprocessedItemsException unprocessed = onlySuppressed(thrown);
      Set<String> notApplied = new HashSet<>(unprocessed.keysOf(f.items));
      Set<String> stored = f.storedIds(f.items);
      assertTrue(Collections.disjoint(stored, notApplied), "listed writes were not applied");
      Set<String> union = new HashSet<>(stored);
      union.addAll(notApplied);
      assertEquals(new HashSet<>(BatchFixture.ids(250)), union, "nothing is lost");
      assertFalse(notApplied.isEmpty(), "the call stopped");
      if (concurrency == 1) {
        assertEquals(new HashSet<>(BatchFixture.ids(50)), stored,
            "the chunk whose event threw was applied, the next never sent");
        assertEquals(2, calls.get());
      }
      int sent = f.counter.count("BatchWriteItem");
      assertEquals(sent, calls.get(), "every request sent was reported");
      Thread.sleep(200);
      assertEquals(sent, f.counter.count("BatchWriteItem"), "nothing is sent after the call ended");
    }
  }

  @ParameterizedTest(name = "concurrency {0}")
  @ValueSource(ints = {1, 4})
  void aListenerErrorReachesABatchGetCallerAsItselfWithEveryOtherFailureSuppressed(
      int concurrency) {
    List<ListenerError> thrown = new CopyOnWriteArrayList<>();
    try (BatchFixture f = new BatchFixture(b -> b.concurrency(concurrency).listener(event -> {
      if (event.operation().equals("BatchGetItem")) {
        ListenerError error = new ListenerError();
        thrown.add(error);
        throw error;
      }
    }))) {
      f.items.batchSave(BatchFixture.items(400));
      ListenerError error = assertThrows(ListenerError.class,
          () -> f.items.batchGet(BatchFixture.ids(400)));

      Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
      seen.add(error);
      for (Throwable suppressed : error.getSuppressed()) {
        if (suppressed instanceof ListenerError other) {
          seen.add(other);
        }
      }
      assertEquals(Set.copyOf(thrown), seen, "one thrown, every other one suppressed in it");
      if (concurrency == 1) {
        assertEquals(1, thrown.size());
        UnprocessedItemsException unprocessed = onlySuppressed(error);
        assertEquals("BatchGetItem", unprocessed.operation());
        assertEquals(BatchFixture.ids(400).subList(100, 400), unprocessed.keysOf(f.items));
      }
    }
  }

  @Test
  void insideABatchContextEveryReadOfTheDispatchFailsWithTheListenersExceptionAndIsNotCached() {
    IllegalStateException failure = new IllegalStateException("listener failed");
    AtomicInteger failing = new AtomicInteger();
    // A window long enough that both reads share one dispatch.
    BatchListener failOnce = event -> {
      if (failing.getAndDecrement() > 0) {
        throw failure;
      }
    };
    try (BatchFixture f = new BatchFixture(
        b -> b.batchWindow(Duration.ofMillis(200)).listener(failOnce))) {
      f.items.batchSave(BatchFixture.items(2));
      failing.set(1);
      BatchContext.run(() -> {
        CompletableFuture<Optional<Item>> first = f.items.getAsync("id-0");
        CompletableFuture<Optional<Item>> second = f.items.getAsync("id-1");
        for (CompletableFuture<Optional<Item>> read : List.of(first, second)) {
          CompletionException e = assertThrows(CompletionException.class, read::join);
          assertSame(failure, e.getCause());
        }
        assertEquals(0, f.items.get("id-0").orElseThrow().n(), "read again, not cached");
      });
    }
  }

  @Test
  void aListenerThatThrowsOnTheLastRequestStillFailsTheCallWithNothingSuppressed() {
    IllegalStateException failure = new IllegalStateException("listener failed");
    try (BatchFixture f = new BatchFixture(b -> b.concurrency(1).listener(event -> {
      throw failure;
    }))) {
      IllegalStateException thrown = assertThrows(IllegalStateException.class,
          () -> f.items.batchSave(BatchFixture.items(25)));
      assertSame(failure, thrown);
      assertEquals(0, thrown.getSuppressed().length, "every write was applied");
      assertEquals(25, f.count(f.items));
    }
  }

  private static UnprocessedItemsException onlySuppressed(Throwable thrown) {
    List<UnprocessedItemsException> found = new ArrayList<>();
    for (Throwable suppressed : thrown.getSuppressed()) {
      if (suppressed instanceof UnprocessedItemsException unprocessed) {
        found.add(unprocessed);
      }
    }
    assertEquals(1, found.size(), "one UnprocessedItemsException among the suppressed");
    assertNull(found.get(0).getCause(), "DynamoDB itself did not fail");
    return found.get(0);
  }

  /** An {@link Error} of the listener's own, to tell it from anything the runtime throws. */
  private static final class ListenerError extends Error {
    private static final long serialVersionUID = 1L;

    ListenerError() {
      super("listener error");
    }
  }
}
