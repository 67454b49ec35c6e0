package dev.dynabind.runtime.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynabind.runtime.BatchContext;
import dev.dynabind.runtime.Dynabind;
import dev.dynabind.runtime.UnprocessedItemsException;
import dev.dynabind.testing.RequestCounter;
import dev.dynabind.testing.TestClients;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The batch context's promises under misuse, failures and small executors (audit items). */
class ContextReliabilityTest {
  private static final Duration LIMIT = Duration.ofSeconds(30);
  private static final Executor REJECT_ALL = task -> {
    throw new RejectedExecutionException("injected: the executor is full");
  };

  private final RequestCounter counter = new RequestCounter();
  private final FailNextBatchGet failNext = new FailNextBatchGet();
  private final LoseNextPutResponse loseNextPut = new LoseNextPutResponse();
  private final DynamoDbClient client = TestClients.client(counter, failNext, loseNextPut);

  @AfterEach
  void close() {
    client.close();
  }

  private Dynabind.Builder db() {
    return Dynabind.builder().client(client).tableNamePrefix(TestClients.uniquePrefix())
        .requireBatchContext(false);
  }

  private static Person.Repo table(Dynabind db) {
    Person.Repo people = new Person.Repo(db);
    people.createTable();
    return people;
  }

  @Test
  void eachGetAsyncCallerGetsAFutureOfItsOwn() throws Exception {
    Person.Repo people = table(db().build());
    people.save(new Person("a", "Ann"));

    BatchContext.run(() -> {
      CompletableFuture<Optional<Person>> first = people.getAsync("a");
      first.complete(Optional.empty());
      CompletableFuture<Optional<Person>> second = people.getAsync("a");
      second.cancel(true);
      CompletableFuture<Optional<Person>> third = people.getAsync("a");
      third.completeOnTimeout(Optional.empty(), 0, TimeUnit.NANOSECONDS);

      assertEquals("Ann", people.get("a").orElseThrow().name());
      assertEquals("Ann", people.getAsync("a").join().orElseThrow().name());
    });
  }

  @Test
  void aFailedContextReadIsForgottenBeforeAnyCallerSeesTheFailure() throws Exception {
    Person.Repo people = table(db().batchWindow(Duration.ZERO).build());
    people.save(new Person("a", "Ann"));
    for (int i = 0; i < 40; i++) {
      BatchContext.run(() -> {
        failNext.arm();
        BatchContext context = BatchContext.current().orElseThrow();
        Callable<Optional<Person>> readAgain = context.wrap(() -> people.getAsync("a").join());
        CompletableFuture<Optional<Person>> failed = people.getAsync("a");
        // The moment the caller sees the failure, the next read must send a request again.
        CompletableFuture<Optional<Person>> again = failed.handle((value, error) -> {
          assertTrue(error != null, "the injected failure");
          try {
            return readAgain.call();
          } catch (Exception e) {
            throw new AssertionError(e);
          }
        });
        assertEquals("Ann", again.join().orElseThrow().name());
      });
    }
  }

  @Test
  void contextReadsInsideAOneThreadExecutorNeverDeadlock() throws Exception {
    ExecutorService one = Executors.newFixedThreadPool(1);
    try {
      for (Duration window : List.of(Duration.ZERO, Duration.ofMillis(2))) {
        Person.Repo people = table(db().executor(one).concurrency(4).batchWindow(window).build());
        people.save(new Person("a", "Ann"));
        List<String> ids = java.util.stream.IntStream.range(0, 250).mapToObj(i -> "k" + i).toList();
        assertTimeoutPreemptively(LIMIT, () -> {
          String name = one.submit(() -> BatchContext.call(() -> {
            assertEquals(0, people.batchGet(ids).size());
            CompletableFuture<Optional<Person>> async = people.getAsync("b");
            String found = people.get("a").orElseThrow().name();
            assertEquals(Optional.empty(), async.get());
            return found;
          })).get();
          assertEquals("Ann", name);
        });
      }
    } finally {
      one.shutdownNow();
    }
  }

  @Test
  void aBlockedContextReadCanBeInterruptedAndKeepsTheFlag() throws Exception {
    HoldBatchGets hold = new HoldBatchGets();
    try (DynamoDbClient held = TestClients.client(hold)) {
      Person.Repo people = table(Dynabind.builder().client(held)
          .tableNamePrefix(TestClients.uniquePrefix()).requireBatchContext(false).build());
      CompletableFuture<Boolean> flagKept = new CompletableFuture<>();
      Thread reader = new Thread(() -> BatchContext.run(() -> {
        try {
          people.get("a");
        } catch (RuntimeException e) {
          // Either the wait itself was interrupted, or the read it ran stopped as interrupted.
          assertTrue(e.getMessage().contains("interrupted"), e.getMessage());
        }
        flagKept.complete(Thread.currentThread().isInterrupted());
      }));
      reader.start();
      assertTrue(hold.held.await(10, TimeUnit.SECONDS));
      reader.interrupt();
      // A request already sent finishes first: its answer decides what was read.
      hold.release.countDown();
      assertTrue(flagKept.get(20, TimeUnit.SECONDS));
    }
  }

  @Test
  void aRejectingExecutorFailsEveryPendingReadWithTheRejection() throws Exception {
    for (Duration window : List.of(Duration.ZERO, Duration.ofMillis(2))) {
      Person.Repo people = table(db().executor(REJECT_ALL).batchWindow(window).build());
      assertTimeoutPreemptively(LIMIT, () -> BatchContext.run(() -> {
        for (int attempt = 0; attempt < 2; attempt++) {
          CompletableFuture<Optional<Person>> read = people.getAsync("a");
          ExecutionException e = assertThrows(ExecutionException.class, read::get);
          UnprocessedItemsException notRead =
              assertInstanceOf(UnprocessedItemsException.class, e.getCause());
          assertInstanceOf(RejectedExecutionException.class, notRead.getCause());
          assertEquals(List.of("a"), notRead.keysOf(people));
          UnprocessedItemsException blocking =
              assertThrows(UnprocessedItemsException.class, () -> people.get("a"));
          assertInstanceOf(RejectedExecutionException.class, blocking.getCause());
        }
      }));
    }
  }

  @Test
  void theWindowTimerOnlyHandsOffSoOneSlowContextCannotDelayAnother() throws Exception {
    HoldBatchGets hold = new HoldBatchGets();
    try (DynamoDbClient slow = TestClients.client(hold)) {
      // A direct executor would run the dispatch on whichever thread hands it off: the timer.
      Person.Repo slowPeople = table(Dynabind.builder().client(slow).executor(Runnable::run)
          .tableNamePrefix(TestClients.uniquePrefix()).requireBatchContext(false).build());
      Person.Repo people = table(db().build());
      people.save(new Person("a", "Ann"));

      CompletableFuture<Optional<Person>> stuck = new CompletableFuture<>();
      BatchContext.run(() -> slowPeople.getAsync("x").whenComplete((v, e) -> stuck.complete(v)));
      assertTrue(hold.held.await(10, TimeUnit.SECONDS), "the slow read was sent");
      try {
        CompletableFuture<Optional<Person>> other = new CompletableFuture<>();
        BatchContext.run(() -> people.getAsync("a").whenComplete((v, e) -> other.complete(v)));
        assertEquals("Ann", other.get(10, TimeUnit.SECONDS).orElseThrow().name());
      } finally {
        hold.release.countDown();
      }
      assertEquals(Optional.empty(), stuck.get(20, TimeUnit.SECONDS));
    }
  }

  @Test
  void anEndedContextRefusesUse() throws Exception {
    Person.Repo people = table(db().build());
    people.save(new Person("a", "Ann"));
    AtomicReference<BatchContext> captured = new AtomicReference<>();
    BatchContext.run(() -> {
      people.get("a");
      captured.set(BatchContext.current().orElseThrow());
    });
    BatchContext ended = captured.get();
    assertTrue(ended.isEnded());
    IllegalStateException wrapped =
        assertThrows(IllegalStateException.class, () -> ended.wrap((Runnable) () -> people.get("a")).run());
    assertTrue(wrapped.getMessage().contains("has ended"), wrapped.getMessage());
    assertThrows(IllegalStateException.class, () -> ended.wrap(() -> 1).call());
  }

  @Test
  void aThreadStillInsideAnEndedContextCannotReadThroughIt() throws Exception {
    Person.Repo people = table(db().build());
    CompletableFuture<Void> contextEnded = new CompletableFuture<>();
    CompletableFuture<Throwable> outcome = new CompletableFuture<>();
    ExecutorService pool = Executors.newSingleThreadExecutor();
    CountDownLatch entered = new CountDownLatch(1);
    try {
      BatchContext.run(() -> {
        BatchContext.current().orElseThrow().wrap(pool).execute(() -> {
          entered.countDown();
          contextEnded.join();
          try {
            people.get("a");
            outcome.complete(null);
          } catch (RuntimeException e) {
            outcome.complete(e);
          }
        });
        try {
          assertTrue(entered.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
          throw new AssertionError(e);
        }
      });
      contextEnded.complete(null);
      assertInstanceOf(IllegalStateException.class, outcome.get(10, TimeUnit.SECONDS));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aWriteWhoseOutcomeIsUnknownEvictsTheCachedItem() throws Exception {
    Person.Repo people = table(db().build());
    people.save(new Person("a", "v1"));
    BatchContext.run(() -> {
      assertEquals("v1", people.get("a").orElseThrow().name());
      loseNextPut.arm();
      assertThrows(RuntimeException.class, () -> people.save(new Person("a", "v2")));
      counter.reset();
      // The put reached the table; the cache must not keep answering v1.
      assertEquals("v2", people.get("a").orElseThrow().name());
      assertEquals(1, counter.count("BatchGetItem"));
    });
  }

  @Test
  void batchGetFailsTheSameWayInsideAndOutsideAContext() throws Exception {
    Person.Repo people = table(db().build());
    failNext.arm();
    UnprocessedItemsException outside =
        assertThrows(UnprocessedItemsException.class, () -> people.batchGet(List.of("p1", "p2")));
    BatchContext.run(() -> {
      failNext.arm();
      UnprocessedItemsException inside =
          assertThrows(UnprocessedItemsException.class, () -> people.batchGet(List.of("p1", "p2")));
      assertEquals(outside.keysOf(people), inside.keysOf(people));
      assertEquals(outside.getCause().getClass(), inside.getCause().getClass());
      assertEquals("BatchGetItem", inside.operation());
      assertTrue(inside.getMessage().contains("[p1, p2]"), inside.getMessage());
    });
  }

  @Test
  void aContextReadThatStaysUnprocessedNamesItsKeyValue() throws Exception {
    Dynabind db = Dynabind.builder().client(client).tableNamePrefix(TestClients.uniquePrefix())
        .requireBatchContext(false).build();
    Person.Repo people = table(db);
    try (DynamoDbClient faulty = TestClients.client(
        dev.dynabind.testing.FaultInjector.never(key -> true))) {
      Person.Repo unlucky = new Person.Repo(Dynabind.builder().client(faulty)
          .tableNamePrefix(db.tableNamePrefix()).requireBatchContext(false)
          .retryPolicy(dev.dynabind.runtime.RetryPolicy.builder().maxAttempts(2)
              .baseDelay(Duration.ofMillis(1)).maxDelay(Duration.ofMillis(1)).build())
          .build());
      BatchContext.run(() -> {
        UnprocessedItemsException e =
            assertThrows(UnprocessedItemsException.class, () -> unlucky.get("user-17"));
        assertTrue(e.getMessage().contains("user-17"), e.getMessage());
        assertEquals(List.of("user-17"), e.keysOf(people));
      });
    }
  }

  @Test
  void theContextCacheIsBounded() throws Exception {
    Person.Repo people = table(db().contextCacheSize(2).build());
    BatchContext.run(() -> {
      people.get("a");
      people.get("b");
      people.get("c");
      counter.reset();
      people.get("c");
      assertEquals(0, counter.total(), "still cached");
      people.get("a");
      assertEquals(1, counter.count("BatchGetItem"), "dropped as least recently used");
    });
    assertThrows(IllegalArgumentException.class, () -> db().contextCacheSize(0));
  }

  @Test
  void theDefaultExecutorIsBounded() throws Exception {
    Person.Repo people = table(db().build());
    List<CompletableFuture<Optional<Person>>> reads = java.util.stream.IntStream.range(0, 500)
        .mapToObj(i -> people.getAsync("k" + i)).toList();
    long threads = Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith("dynabind-") && !t.getName().contains("window"))
        .count();
    reads.forEach(CompletableFuture::join);
    assertTrue(threads <= 64, threads + " threads");
  }
}
