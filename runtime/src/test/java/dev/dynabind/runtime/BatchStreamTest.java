package dev.dynabind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynabind.testing.FaultInjector;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BatchStreamTest {

  @Test
  void aLazyStreamOf200000ItemsIsSavedCompletelyWithinTheInFlightBound() {
    AtomicLong acknowledged = new AtomicLong();
    // DynamoDB Local answers each request in milliseconds whatever its size, so more requests in
    // flight is what makes 8,000 of them quick; the bound grows with it and is still asserted.
    try (BatchFixture f = new BatchFixture(b -> b.concurrency(16).listener(
        e -> acknowledged.addAndGet(e.itemCount() - e.unprocessedCount())))) {
      int limit = f.db.streamInFlightLimit();
      assertEquals((f.db.concurrency() + 1) * 25, limit, "(concurrency + 1) chunks of 25");
      AtomicLong pulled = new AtomicLong();
      AtomicLong peak = new AtomicLong();
      Stream<Item> items = IntStream.range(0, 200_000)
          .mapToObj(i -> new Item(Integer.toString(i, 36), i, null))
          .peek(item -> {
            long inFlight = pulled.incrementAndGet() - acknowledged.get();
            peak.accumulateAndGet(inFlight, Math::max);
            // Asserted here, per element: a breach fails the call at once.
            assertTrue(inFlight <= limit, "in flight " + inFlight + " > " + limit);
          });
      long start = System.nanoTime();
      f.items.batchSave(items);
      long millis = (System.nanoTime() - start) / 1_000_000;

      assertEquals(200_000, pulled.get());
      assertEquals(200_000, acknowledged.get());
      assertEquals(200_000, f.count(f.items));
      assertEquals(8_000, f.counter.count("BatchWriteItem"));
      assertTrue(peak.get() <= limit && peak.get() > 25, "peak " + peak.get());
      System.out.printf("200k stream: %d ms, peak in flight %d of %d%n", millis, peak.get(), limit);
    }
  }

  @Test
  void writesToOneKeyInAStreamAreAppliedInStreamOrderEvenWithRetriesAndParallelChunks() {
    // Unprocessed writes make early chunks finish late, which is when a later chunk could
    // overtake them; the last write per key must still win.
    FaultInjector faults = FaultInjector.random(7, 0.4, 0.1);
    try (BatchFixture f = new BatchFixture(b -> b.concurrency(4), faults)) {
      AtomicInteger sequence = new AtomicInteger();
      Stream<Item> writes = IntStream.range(0, 40).boxed().flatMap(round ->
          IntStream.range(0, 30).mapToObj(i -> new Item("id-" + i, sequence.incrementAndGet(),
              "round" + round)));
      f.items.batchSave(writes);
      List<Item> read = f.items.batchGet(BatchFixture.ids(30));
      for (Item item : read) {
        assertEquals("round39", item.payload(), "last write wins for " + item.id());
      }
      assertEquals(30, read.size());
    }
  }

  @Test
  void aStreamOfKeysDeletesThemAllAndADeleteAfterASaveOfTheSameKeyWins() {
    try (BatchFixture f = new BatchFixture()) {
      f.items.batchSave(BatchFixture.items(500).stream());
      assertEquals(500, f.count(f.items));
      f.items.batchDelete(BatchFixture.ids(400).stream());
      assertEquals(100, f.count(f.items));
      f.db.batchWrite().save(f.items, new Item("x", 1, null)).delete(f.items, "x").execute();
      assertEquals(100, f.count(f.items), "the delete came last");
    }
  }

  @Test
  void anInvalidStreamElementInsideABatchContextIsNamedAndStopsTheCall() {
    try (BatchFixture f = new BatchFixture()) {
      BatchContext.run(() -> {
        IllegalArgumentException nullItem = assertThrows(IllegalArgumentException.class,
            () -> f.items.batchSave(Stream.of(new Item("a", 1, null), null)));
        assertTrue(nullItem.getMessage().contains("#1") && nullItem.getMessage().contains("null"),
            nullItem.getMessage());
        IllegalArgumentException emptyKey = assertThrows(IllegalArgumentException.class,
            () -> f.items.batchDelete(Stream.of("a", "")));
        assertTrue(emptyKey.getMessage().contains("#1"), emptyKey.getMessage());
      });
    }
  }
}
