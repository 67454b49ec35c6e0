package dev.dynabind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dynabind.testing.FaultInjector;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrossTableBatchTest {

  @Test
  void oneBatchWriteMixesPutsAndDeletesOfSeveralTablesInSharedRequests() {
    try (BatchFixture f = new BatchFixture()) {
      f.lines.batchSave(List.of(new Line("o1", 1, "a"), new Line("o1", 2, "b")));
      f.counter.reset();
      f.db.batchWrite()
          .saveAll(f.items, BatchFixture.items(20))
          .save(f.lines, new Line("o2", 1, "c"))
          .delete(f.lines, new Line.Key("o1", 1))
          .deleteAll(f.items, List.of("id-0", "id-1"))
          .execute();
      assertEquals(1, f.counter.count("BatchWriteItem"), "23 writes, 2 tables, one request");
      assertEquals(18, f.count(f.items));
      assertEquals(2, f.count(f.lines));
      assertEquals(List.of(f.items.tableName(), f.lines.tableName()), f.events.get(f.events.size() - 1).tables());
    }
  }

  @Test
  void oneBatchGetReadsSeveralTablesInSharedRequestsWithTypedResults() {
    try (BatchFixture f = new BatchFixture()) {
      f.items.batchSave(BatchFixture.items(150));
      f.lines.batchSave(List.of(new Line("o1", 1, "a"), new Line("o1", 2, "b")));
      f.counter.reset();
      BatchGetResult result = f.db.batchGet()
          .add(f.items, BatchFixture.ids(60))
          .add(f.lines, List.of(new Line.Key("o1", 2), new Line.Key("o9", 9)))
          .add(f.items, List.of("id-149", "id-0"))
          .execute();
      assertEquals(1, f.counter.count("BatchGetItem"), "63 distinct keys, 2 tables, one request");
      List<Item> items = result.itemsOf(f.items);
      List<Line> lines = result.itemsOf(f.lines);
      assertEquals(61, items.size());
      assertEquals("id-149", items.get(60).id());
      assertEquals(List.of(new Line("o1", 2, "b")), lines);
      assertThrows(IllegalArgumentException.class,
          () -> f.db.batchGet().add(f.items, List.of("a")).add(f.items, List.of("b"),
              BatchGetOptions.consistent()));
    }
  }

  @Test
  void unprocessedItemsOfACrossTableWriteAreReportedPerRepository() {
    FaultInjector faults = FaultInjector.never(item -> item.containsKey("order")
        && item.get("order").s().equals("bad"));
    try (BatchFixture f = new BatchFixture(b -> b.retryPolicy(RetryPolicy.builder().maxAttempts(3)
        .baseDelay(java.time.Duration.ofMillis(1)).maxDelay(java.time.Duration.ofMillis(2)).build()),
        faults)) {
      UnprocessedItemsException e = assertThrows(UnprocessedItemsException.class, () ->
          f.db.batchWrite().saveAll(f.items, BatchFixture.items(10))
              .save(f.lines, new Line("bad", 1, "x")).delete(f.lines, new Line.Key("bad", 2))
              .execute());
      assertEquals(List.of(), e.itemsOf(f.items));
      assertEquals(List.of(new Line("bad", 1, "x")), e.itemsOf(f.lines));
      assertEquals(List.of(new Line.Key("bad", 1), new Line.Key("bad", 2)), e.keysOf(f.lines));
      assertEquals(List.of(new Line("bad", 1, "x"), new Line.Key("bad", 2)), e.unprocessedItems());
      assertEquals(10, f.count(f.items));
    }
  }
}
