package dev.dynabind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynabind.runtime.Dynabind;
import dev.dynabind.runtime.DynabindException;
import dev.dynabind.runtime.ScanOptions;
import dev.dynabind.testing.DynamoDbExtension;
import dev.dynabind.testing.TestClients;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A parallel scan that is neither read to the end nor closed must not leave its workers blocked:
 * they stop when the stream is garbage collected, or after the idle timeout. 600 parcels in
 * pages of 5 over 4 segments: far more pages than the hand-over queue holds, so the workers
 * of an unread scan are certain to be waiting for room.
 */
@ExtendWith(DynamoDbExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AbandonedScanTest {
  private static final int WORKERS = 2;

  private final DynamoDbClient client;
  private final ThreadPoolExecutor executor = new ThreadPoolExecutor(WORKERS, WORKERS, 1,
      TimeUnit.MINUTES, new LinkedBlockingQueue<>());
  private ParcelRepository parcels;

  AbandonedScanTest(DynamoDbClient client) {
    this.client = client;
  }

  @BeforeAll
  void load() {
    Dynabind db = Dynabind.builder().client(client).tableNamePrefix(TestClients.uniquePrefix())
        .requireBatchContext(false).executor(executor).concurrency(WORKERS).build();
    parcels = new ParcelRepository(db);
    parcels.createTable();
    List<Parcel> all = new ArrayList<>();
    for (int c = 0; c < 3; c++) {
      for (long no = 0; no < 200; no++) {
        all.add(ScanAndPageTest.parcel(c, no));
      }
    }
    parcels.batchSave(all);
  }

  @AfterAll
  void stop() {
    executor.shutdownNow();
  }

  private ScanOptions smallPages() {
    return ScanOptions.defaults().segments(4).pageSize(5);
  }

  /** Waits until no worker task runs; fails after 10 s. */
  private void awaitWorkersFinished(Runnable eachRound) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (executor.getActiveCount() > 0 && System.nanoTime() < deadline) {
      eachRound.run();
      Thread.sleep(50);
    }
    assertEquals(0, executor.getActiveCount(), "workers still running");
  }

  /** Starts a scan, reads one item and makes sure the workers are then blocked on a full queue. */
  private Iterator<Parcel> startedAndStalled(ScanOptions options) throws InterruptedException {
    Iterator<Parcel> it = parcels.scan(options).iterator();
    it.next();
    Thread.sleep(300); // time for the workers to fill the queue
    assertEquals(WORKERS, executor.getActiveCount(), "the workers wait for room");
    return it;
  }

  @Test
  void workersOfAStreamThatIsDroppedWithoutClosingStop() throws InterruptedException {
    startedAndStalled(smallPages()); // the iterator is dropped at once: nothing refers to it
    awaitWorkersFinished(System::gc);
  }

  @Test
  void workersGiveUpAfterTheIdleTimeoutAndTheNextPullSaysSo() throws InterruptedException {
    Iterator<Parcel> it = startedAndStalled(smallPages().idleTimeout(Duration.ofSeconds(1)));
    awaitWorkersFinished(() -> {});
    DynabindException stopped = assertThrows(DynabindException.class, () -> {
      while (it.hasNext()) {
        it.next(); // what was handed over before the stop may still be read
      }
    });
    assertTrue(stopped.getMessage().contains("ScanOptions.idleTimeout"), stopped.getMessage());
    assertTrue(stopped.getMessage().contains(parcels.tableName()), stopped.getMessage());
  }

  @Test
  void aSlowButActiveConsumerIsNotTakenForIdle() {
    long read;
    try (Stream<Parcel> all = parcels.scan(smallPages().idleTimeout(Duration.ofMillis(300)))) {
      read = all.peek(p -> pause()).count();
    }
    assertEquals(600, read);
  }

  private static void pause() {
    try {
      Thread.sleep(1); // 600 pulls over ~1 s: each within the timeout, the whole far beyond it
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void idleTimeoutMustBePositive() {
    assertThrows(IllegalArgumentException.class,
        () -> ScanOptions.defaults().idleTimeout(Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> ScanOptions.defaults().idleTimeout(null));
  }
}
