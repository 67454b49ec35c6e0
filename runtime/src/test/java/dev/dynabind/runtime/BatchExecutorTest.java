package dev.dynabind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever executor the user gives, a batch call neither hangs nor leaves writes behind it. */
class BatchExecutorTest {

  @ParameterizedTest(name = "fixed pool of {0}")
  @ValueSource(ints = {1, 2})
  void noExecutorSizeDeadlocksACallMadeFromOneOfItsOwnTasks(int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (BatchFixture f = new BatchFixture(b -> b.executor(pool).concurrency(4))) {
      // As many callers as the pool has threads, so that no thread is left for the chunks.
      assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
        List<Future<?>> callers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          String prefix = "t" + t + "-";
          callers.add(pool.submit(() -> {
            List<Item> items = IntStream.range(0, 200)
                .mapToObj(i -> new Item(prefix + i, i, "list")).toList();
            f.items.batchSave(items);
            // Ten rounds over 30 keys: later writes of a key wait for its earlier chunk.
            f.items.batchSave(IntStream.range(0, 300)
                .mapToObj(i -> new Item(prefix + (i % 30), i, "stream")));
            List<String> keys = items.stream().map(Item::id).toList();
            assertEquals(200, f.items.batchGet(keys).size());
            f.items.batchDelete(keys.subList(100, 200));
            f.items.batchDelete(keys.subList(0, 50).stream());
          }));
        }
        for (Future<?> caller : callers) {
          caller.get();
        }
      });
      assertEquals(50 * threads, f.count(f.items));
    } finally {
      pool.shutdownNow();
    }
  }

  @ParameterizedTest(name = "concurrency {0}")
  @ValueSource(ints = {2, 3})
  void aCollectionHandsTheExecutorOneTaskPerSlotAndEveryChunkIsSent(int concurrency)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(concurrency);
    AtomicInteger handed = new AtomicInteger();
    try (BatchFixture f = new BatchFixture(b -> b.concurrency(concurrency).executor(task -> {
      handed.incrementAndGet();
      pool.execute(task);
    }))) {
      List<Item> all = BatchFixture.items(400); // 16 writes of 25, then 4 reads of 100
      f.items.batchSave(all);
      assertEquals(concurrency, handed.get(), "tasks handed to the executor for 16 chunks");
      assertEquals(400, f.items.batchGet(BatchFixture.ids(400)).size());
      assertEquals(2 * concurrency, handed.get(), "tasks handed to the executor for 4 chunks");
      assertEquals(20, f.counter.total(), "requests sent");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aCallWhoseTasksWaitBehindAnotherCallsOnAFullPoolSendsItsChunksItself() throws Exception {
    // Two threads: call A's two tasks hold both for A's whole backlog, so call B's hand-offs
    // wait in the pool's queue and B's own thread runs B's chunks instead.
    ExecutorService pool = Executors.newFixedThreadPool(2);
    ExecutorService callers = Executors.newFixedThreadPool(2);
    try (BatchFixture f = new BatchFixture(b -> b.executor(pool).concurrency(2))) {
      assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
        List<Item> first = BatchFixture.items(400);
        List<Item> second = IntStream.range(0, 100)
            .mapToObj(i -> new Item("b-" + i, i, "second")).toList();
        Future<?> a = callers.submit(() -> f.items.batchSave(first));
        Future<?> b = callers.submit(() -> f.items.batchSave(second));
        a.get();
        b.get();
      });
      assertEquals(500, f.count(f.items));
      assertEquals(20, f.counter.count("BatchWriteItem"));
    } finally {
      callers.shutdownNow();
      pool.shutdownNow();
    }
  }

  @ParameterizedTest(name = "list: {0}")
  @ValueSource(booleans = {true, false})
  void aRejectedChunkIsReportedWithEverythingAfterItAndNothingIsWrittenAfterTheCallReturns(
      boolean list) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    AtomicInteger handed = new AtomicInteger();
    RejectedExecutionException full = new RejectedExecutionException("queue full");
    // A collection hands the executor one task per slot (each runs planned chunks until none is
    // left), so its second hand-off is the rejected one, chunk 2 of 8; a stream hands off every
    // chunk, and its third one is rejected.
    int rejectedHandOff = list ? 2 : 3;
    try (BatchFixture f = new BatchFixture(b -> b.concurrency(2).executor(task -> {
      if (handed.incrementAndGet() == rejectedHandOff) {
        throw full;
      }
      pool.execute(task);
    }))) {
      List<Item> all = BatchFixture.items(200); // 8 chunks
      UnprocessedItemsException e = assertThrows(UnprocessedItemsException.class,
          () -> {
            if (list) {
              f.items.batchSave(all);
            } else {
              f.items.batchSave(all.stream());
            }
          });
      int sentWhenItReturned = f.counter.total();
      pool.shutdown();
      assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));

      assertInstanceOf(RejectedExecutionException.class, e.getCause());
      assertEquals(sentWhenItReturned, f.counter.total(), "nothing sent after the call returned");
      Set<String> reported = new HashSet<>(e.keysOf(f.items));
      Set<String> written = f.storedIds(f.items);
      // The chunks handed off before the rejection may or may not have started by the time the
      // call stopped: each was either written or reported, never both, never neither.
      int pulled = list ? 200 : 75; // a stream stops pulling at the rejection
      // A stream reports the rejected chunk and all after it. A collection reports the rejected
      // chunk; the chunks after it are reported unless the thread of the chunk before it (a
      // whole request away) took them before the call stopped, and are accounted for above.
      int rejectedFrom = list ? 25 : 50;
      int reportedTo = list ? 50 : pulled;
      Set<String> accounted = new HashSet<>(written);
      accounted.addAll(reported);
      assertEquals(new HashSet<>(BatchFixture.ids(pulled)), accounted, "every write accounted for");
      List<Integer> order = e.keysOf(f.items).stream()
          .map(id -> Integer.parseInt(id.substring(3))).toList();
      assertEquals(order.stream().sorted().toList(), order, "reported in call order");
      assertTrue(reported.containsAll(BatchFixture.ids(pulled).subList(rejectedFrom, reportedTo)),
          "the rejected chunk and all after it are reported");
      assertTrue(reported.stream().noneMatch(written::contains));
    } finally {
      pool.shutdownNow();
    }
  }
}
