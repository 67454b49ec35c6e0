package dev.dynabind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynabind.testing.FaultInjector;
import dev.dynabind.testing.TestClients;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** {@code batchWrite(Stream<Write>)}: puts and deletes of one table, last write per key wins. */
class BatchWriteStreamTest {

  private static Map<String, Item> stored(BatchFixture f) {
    Map<String, Item> byId = new HashMap<>();
    try (DynamoDbClient plain = TestClients.client()) {
      plain.scanPaginator(b -> b.tableName(f.items.tableName())).items()
          .forEach(item -> byId.put(item.get("id").s(), ItemCodec.PLAIN.decode(item)));
    }
    return byId;
  }

  /** A seeded mix of puts and deletes over few keys, so every key is written many times. */
  private static List<Write<Item, String>> mixed(int count, int keys) {
    Random random = new Random(23);
    return IntStream.range(0, count).mapToObj(i -> {
      String id = "id-" + random.nextInt(keys);
      return random.nextInt(3) == 0
          ? Write.<Item, String>delete(id)
          : Write.<Item, String>put(new Item(id, i, "w" + i));
    }).toList();
  }

  @Test
  void aMixedStreamWithRepeatedKeysEndsInTheStateOfASequentialReplayDespiteFaults() {
    // The 100,000 writes are 5,000 here, over 1,000 keys: each key is written ~5 times,
    // and unprocessed writes and throttling make early chunks finish late. (Fewer keys make a
    // later write wait for its key's chunk nearly every time, which only slows the test.)
    FaultInjector faults = FaultInjector.random(29, 0.2, 0.02);
    try (BatchFixture f = new BatchFixture(b -> b.concurrency(8), faults)) {
      f.items.batchSave(BatchFixture.items(1_000)); // deletes find items to delete
      List<Write<Item, String>> writes = mixed(5_000, 1_000);
      Map<String, Item> replay = new HashMap<>(Map.copyOf(
          BatchFixture.items(1_000).stream().collect(java.util.stream.Collectors.toMap(
              Item::id, item -> item))));
      for (Write<Item, String> write : writes) {
        if (write.isPut()) {
          replay.put(write.item().id(), write.item());
        } else {
          replay.remove(write.key());
        }
      }
      f.items.batchWrite(writes.stream());
      assertEquals(replay, stored(f));
      assertTrue(faults.heldBack() > 0);
      assertTrue(replay.size() > 100 && replay.size() < 1_000, "both kinds won somewhere");
    }
  }

  @Test
  void writesNotAppliedAreReportedOncePerKeyAsTheLatestWrite() {
    RetryPolicy two = RetryPolicy.builder().maxAttempts(2).baseDelay(Duration.ofMillis(1))
        .maxDelay(Duration.ofMillis(2)).build();
    try (BatchFixture f = new BatchFixture(b -> b.retryPolicy(two),
        FaultInjector.never(item -> item.get("id").s().equals("id-5")))) {
      Stream<Write<Item, String>> writes = Stream.of(
          Write.put(new Item("id-5", 1, null)), Write.put(new Item("id-6", 1, null)),
          Write.<Item, String>delete("id-5"), Write.put(new Item("id-7", 1, null)));
      UnprocessedItemsException e =
          assertThrows(UnprocessedItemsException.class, () -> f.items.batchWrite(writes));
      assertEquals(List.of("id-5"), e.keysOf(f.items), "the delete, the latest write of id-5");
      assertEquals(List.of(), e.itemsOf(f.items), "no put is listed");
      assertEquals(Map.of("id-6", new Item("id-6", 1, null), "id-7", new Item("id-7", 1, null)),
          stored(f));
    }
  }

  @Test
  void aNullElementIsNamedAndTheWritesBeforeItAreApplied() {
    try (BatchFixture f = new BatchFixture()) {
      Stream<Write<Item, String>> writes = Stream.of(
          Write.put(new Item("a", 1, null)), null, Write.put(new Item("b", 1, null)));
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> f.items.batchWrite(writes));
      assertTrue(e.getMessage().contains("#1") && e.getMessage().contains("null"),
          e.getMessage());
      assertEquals(java.util.Set.of("a"), f.storedIds(f.items));
      assertTrue(assertThrows(IllegalArgumentException.class, () -> f.items.batchWrite(null))
          .getMessage().contains("writes"));
    }
  }

  @Test
  void aWriteIsImmutableValueThatNeverShowsItemContents() {
    Write<Item, String> put = Write.put(new Item("a", 1, "secret"));
    assertTrue(put.isPut());
    assertEquals(put, Write.put(new Item("a", 1, "secret")));
    assertFalse(put.toString().contains("secret"), put.toString());
    assertThrows(IllegalStateException.class, put::key);
    Write<Item, String> delete = Write.delete("a");
    assertFalse(delete.isPut());
    assertEquals("a", delete.key());
    assertThrows(IllegalStateException.class, delete::item);
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Write.put(null))
        .getMessage().contains("item"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Write.delete(null))
        .getMessage().contains("key"));
  }
}
