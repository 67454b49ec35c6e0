package dev.dynabind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BatchRequestCountTest {

  @Test
  void writesTakeExactlyOneRequestPer25UniqueItems() {
    try (BatchFixture f = new BatchFixture()) {
      for (int n : new int[] {1, 25, 26, 1_001}) {
        f.counter.reset();
        f.items.batchSave(BatchFixture.items(n));
        assertEquals((n + 24) / 25, f.counter.count("BatchWriteItem"), "for " + n + " items");
        assertEquals(f.counter.count("BatchWriteItem"), f.counter.total());
      }
    }
  }

  @Test
  void readsTakeExactlyOneRequestPer100UniqueKeys() {
    try (BatchFixture f = new BatchFixture()) {
      f.items.batchSave(BatchFixture.items(1_001));
      for (int n : new int[] {1, 100, 101, 1_001}) {
        f.counter.reset();
        assertEquals(n, f.items.batchGet(BatchFixture.ids(n)).size());
        assertEquals((n + 99) / 100, f.counter.count("BatchGetItem"), "for " + n + " keys");
        assertEquals(f.counter.count("BatchGetItem"), f.counter.total());
      }
    }
  }

  @Test
  void duplicateKeysAreReadOnceAndCountOnceTowardsRequests() {
    try (BatchFixture f = new BatchFixture()) {
      f.items.batchSave(BatchFixture.items(150));
      List<String> keys = new ArrayList<>(BatchFixture.ids(150));
      keys.addAll(BatchFixture.ids(150)); // 300 keys, 150 unique
      f.counter.reset();
      List<Item> read = f.items.batchGet(keys);
      assertEquals(BatchFixture.items(150), read, "each item once, in first-occurrence order");
      assertEquals(2, f.counter.count("BatchGetItem"));
    }
  }

  @Test
  void duplicateWritesInOneCallKeepTheLastAndCountOnce() {
    try (BatchFixture f = new BatchFixture()) {
      List<Item> writes = new ArrayList<>();
      IntStream.range(0, 3).forEach(round -> IntStream.range(0, 40)
          .forEach(i -> writes.add(new Item("id-" + i, round, "round" + round))));
      f.items.batchSave(writes); // 120 writes, 40 unique
      assertEquals(2, f.counter.count("BatchWriteItem"));
      List<Item> read = f.items.batchGet(BatchFixture.ids(40));
      assertEquals(40, read.size());
      read.forEach(item -> assertEquals(2, item.n(), "last write wins for " + item.id()));
    }
  }
}
