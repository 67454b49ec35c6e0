package dev.dynabind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynabind.testing.FaultInjector;
import dev.dynabind.testing.TestClients;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@code batchGet(Stream)}: lazy, bounded, ordered or not, retried, closable. The 200,000
 * keys are 20,000 here (cycling over 2,000 items and 500 missing keys) to keep the in-process
 * DynamoDB Local quick on two cores; the bounds asserted do not depend on the size.
 */
class BatchGetStreamTest {
  private static final int STORED = 2_000;
  private static final int CYCLE = 2_500; // ids from 2,000 on are never stored
  private static final IntFunction<String> KEY = i -> "id-" + (i % CYCLE);

  /** The items as a plain client reads them, by id. */
  private static Map<String, Item> plainRead(BatchFixture f) {
    Map<String, Item> byId = new HashMap<>();
    try (DynamoDbClient plain = TestClients.client()) {
      plain.scanPaginator(b -> b.tableName(f.items.tableName())).items()
          .forEach(item -> byId.put(item.get("id").s(), ItemCodec.PLAIN.decode(item)));
    }
    return byId;
  }

  private static List<Item> expected(Map<String, Item> stored, int keys) {
    List<Item> expected = new ArrayList<>();
    for (int i = 0; i < keys; i++) {
      Item item = stored.get(KEY.apply(i));
      if (item != null) {
        expected.add(item);
      }
    }
    return expected;
  }

  /** Keys generated one by one, counting how many were pulled; never materialised. */
  private static Stream<String> generated(int count, AtomicInteger pulled) {
    return IntStream.range(0, count).mapToObj(i -> {
      pulled.incrementAndGet();
      return KEY.apply(i);
    });
  }

  private static int keyBound(Dynabind db) {
    return (db.concurrency() + 3) * 100;
  }

  @Test
  void aGeneratedStreamOfKeysIsReadInInputOrderWithinTheKeyBound() {
    try (BatchFixture f = new BatchFixture()) {
      f.items.batchSave(BatchFixture.items(STORED));
      Map<String, Item> stored = plainRead(f);
      AtomicInteger pulled = new AtomicInteger();
      int[] position = {-1};
      int[] peak = {0};
      List<Item> read = new ArrayList<>();
      long start = System.nanoTime();
      try (Stream<Item> items = f.items.batchGet(generated(20_000, pulled))) {
        items.forEach(item -> {
          // Where in the input this item stands: the next position holding its key.
          do {
            position[0]++;
          } while (!KEY.apply(position[0]).equals(item.id()));
          int ahead = pulled.get() - position[0] - 1;
          peak[0] = Math.max(peak[0], ahead);
          assertTrue(ahead <= keyBound(f.db), "pulled ahead " + ahead);
          read.add(item);
        });
      }
      assertEquals(expected(stored, 20_000), read, "a plain read, in input order");
      assertEquals(200, f.counter.count("BatchGetItem"), "100 keys per request");
      assertTrue(peak[0] > 100, "keys were pulled ahead in parallel: " + peak[0]);
      System.out.printf("20k stream read: %d ms, peak ahead %d of %d%n",
          (System.nanoTime() - start) / 1_000_000, peak[0], keyBound(f.db));
    }
  }

  @Test
  void anUnorderedReadReturnsTheSameItemsWithinTheBoundOnKeysAndItemsHeld() {
    try (BatchFixture f = new BatchFixture(b -> b.concurrency(8))) {
      f.items.batchSave(BatchFixture.items(STORED));
      Map<String, Item> stored = plainRead(f);
      AtomicInteger pulledStored = new AtomicInteger();
      Stream<String> keys = IntStream.range(0, 20_000).mapToObj(i -> {
        if (i % CYCLE < STORED) {
          pulledStored.incrementAndGet();
        }
        return KEY.apply(i);
      });
      List<Item> read = new ArrayList<>();
      StreamReadOptions unordered = StreamReadOptions.builder().unordered(true)
          .maxBatchWait(Duration.ofMillis(20)).build();
      try (Stream<Item> items = f.items.batchGet(keys, unordered)) {
        items.forEach(item -> {
          read.add(item);
          // Keys of stored items pulled and not yet returned as items: held as keys or items.
          int held = pulledStored.get() - read.size();
          assertTrue(held <= keyBound(f.db), "held " + held);
        });
      }
      Comparator<Item> byId = Comparator.comparing(Item::id);
      List<Item> expected = new ArrayList<>(expected(stored, 20_000));
      expected.sort(byId);
      read.sort(byId);
      assertEquals(expected, read, "the same items as a plain read");
    }
  }

  @Test
  void thirtyPercentUnprocessedKeysAreRetriedUntilEveryItemIsReturned() {
    FaultInjector faults = FaultInjector.random(19, 0.3, 0);
    try (BatchFixture f = new BatchFixture(faults)) {
      f.items.batchSave(BatchFixture.items(STORED));
      Map<String, Item> stored = plainRead(f);
      List<Item> read;
      try (Stream<Item> items = f.items.batchGet(generated(5_000, new AtomicInteger()))) {
        read = items.toList();
      }
      assertEquals(expected(stored, 5_000), read);
      assertTrue(faults.heldBack() > 1_000, "held back " + faults.heldBack());
    }
  }

  @Test
  void keysNeverReadEndTheStreamWithAnExceptionNamingExactlyThemAfterEveryItemRead() {
    RetryPolicy two = RetryPolicy.builder().maxAttempts(2).baseDelay(Duration.ofMillis(1))
        .maxDelay(Duration.ofMillis(2)).build();
    List<String> doomed = List.of("id-7", "id-150", "id-151");
    java.util.concurrent.atomic.AtomicBoolean armed = new java.util.concurrent.atomic.AtomicBoolean();
    try (BatchFixture f = new BatchFixture(b -> b.retryPolicy(two),
        FaultInjector.never(key -> armed.get() && doomed.contains(key.get("id").s())))) {
      f.items.batchSave(BatchFixture.items(300));
      armed.set(true);
      List<Item> read = new ArrayList<>();
      UnprocessedItemsException e;
      try (Stream<Item> items = f.items.batchGet(BatchFixture.ids(400).stream())) {
        e = assertThrows(UnprocessedItemsException.class, () -> items.forEach(read::add));
      }
      assertEquals(doomed, e.keysOf(f.items));
      assertEquals(300 - doomed.size(), read.size(), "every other item was returned first");
      assertTrue(e.getMessage().contains("3 of 400 keys were not read"), e.getMessage());
    }
  }

  @Test
  void aStalledInputStillYieldsTheFirstItemsAfterMaxBatchWait() {
    try (BatchFixture f = new BatchFixture()) {
      f.items.batchSave(BatchFixture.items(10));
      Stream<String> stalling = IntStream.range(0, 10).mapToObj(i -> {
        if (i >= 3) {
          sleep(4_000); // the input stalls after three keys
        }
        return "id-" + i;
      });
      StreamReadOptions wait = StreamReadOptions.builder()
          .maxBatchWait(Duration.ofMillis(100)).build();
      long start = System.nanoTime();
      try (Stream<Item> items = f.items.batchGet(stalling, wait)) {
        Iterator<Item> it = items.iterator();
        List<String> first = List.of(it.next().id(), it.next().id(), it.next().id());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(List.of("id-0", "id-1", "id-2"), first);
        assertTrue(millis < 3_000, "first items after " + millis + " ms, not after the stall");
      }
    }
  }

  @Test
  void closingTheStreamEarlyStopsPullingKeysAndSendsNothingMore() throws InterruptedException {
    try (BatchFixture f = new BatchFixture()) {
      f.items.batchSave(BatchFixture.items(STORED));
      f.counter.reset();
      AtomicInteger pulled = new AtomicInteger();
      Stream<Item> items = f.items.batchGet(generated(200_000, pulled));
      Iterator<Item> it = items.iterator();
      for (int i = 0; i < 250; i++) {
        it.next();
      }
      items.close();
      int requests = f.counter.count("BatchGetItem");
      int pulledAtClose = pulled.get();
      Thread.sleep(300);
      assertEquals(requests, f.counter.count("BatchGetItem"), "no request after close");
      assertEquals(pulledAtClose, pulled.get(), "no key pulled after close");
      assertTrue(pulledAtClose <= 250 + keyBound(f.db), "pulled " + pulledAtClose);
      assertTrue(requests <= (250 + keyBound(f.db)) / 100, "requests " + requests);
    }
  }

  @Test
  void repeatedKeysWithinTheWindowAreReadAndReturnedOnceAndAfterItAgain() {
    try (BatchFixture f = new BatchFixture()) {
      f.items.batchSave(BatchFixture.items(1_000));
      int window = (f.db.concurrency() + 1) * 100;
      List<String> read = f.items.batchGet(Stream.of("id-1", "id-2", "id-1", "id-0", "id-2"))
          .map(Item::id).toList();
      assertEquals(List.of("id-1", "id-2", "id-0"), read);
      // id-0 again after `window` other distinct keys is outside the window: read again.
      Stream<String> keys = Stream.concat(Stream.of("id-0"),
          Stream.concat(IntStream.rangeClosed(1, window).mapToObj(i -> "id-" + i),
              Stream.of("id-0")));
      List<String> again = f.items.batchGet(keys).map(Item::id).toList();
      assertEquals(window + 2, again.size());
      assertEquals("id-0", again.get(again.size() - 1));
    }
  }

  @Test
  void anInvalidKeyEndsTheStreamAfterTheItemsBeforeItNamingIt() {
    try (BatchFixture f = new BatchFixture()) {
      f.items.batchSave(BatchFixture.items(5));
      List<Item> read = new ArrayList<>();
      Stream<String> keys = Stream.of("id-0", "id-1", "", "id-2");
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> f.items.batchGet(keys).forEach(read::add));
      assertTrue(e.getMessage().contains("#2"), e.getMessage());
      assertEquals(List.of("id-0", "id-1"), read.stream().map(Item::id).toList());
      assertTrue(assertThrows(IllegalArgumentException.class,
          () -> f.items.batchGet((Stream<String>) null)).getMessage().contains("keys"));
    }
  }

  @Test
  void aStreamReadFromTheOnlyThreadOfItsExecutorCompletes() throws Exception {
    java.util.concurrent.ExecutorService one = java.util.concurrent.Executors.newFixedThreadPool(1);
    try (BatchFixture f = new BatchFixture(b -> b.executor(one).concurrency(4))) {
      f.items.batchSave(BatchFixture.items(500));
      StreamReadOptions wait = StreamReadOptions.builder()
          .maxBatchWait(Duration.ofMillis(5)).build();
      long count = one.submit(() -> f.items.batchGet(generated(1_000, new AtomicInteger()), wait)
          .count()).get(60, java.util.concurrent.TimeUnit.SECONDS);
      assertEquals(500, count, "keys id-500 on are not stored");
    } finally {
      one.shutdownNow();
    }
  }

  @Test
  void strictModeRefusesAStreamReadOutsideABatchContext() {
    try (BatchFixture f = new BatchFixture(b -> b.requireBatchContext(true))) {
      assertThrows(BatchContextRequiredException.class,
          () -> f.items.batchGet(Stream.of("id-1")));
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
