package dev.dynabind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynabind.testing.FaultInjector;
import java.time.Duration;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BatchInterruptTest {

  @Test
  void anInterruptStopsTheRetryLoopKeepsTheFlagAndReportsWhatWasNotApplied() throws Exception {
    // Items id-0..id-49 are never processed; the policy would retry them for minutes.
    FaultInjector faults = FaultInjector.never(item -> Integer.parseInt(item.get("id").s().substring(3)) < 50);
    RetryPolicy patient = RetryPolicy.builder().maxAttempts(1_000)
        .baseDelay(Duration.ofMillis(50)).maxDelay(Duration.ofMillis(200)).build();
    CountDownLatch retrying = new CountDownLatch(1);
    try (BatchFixture f = new BatchFixture(b -> b.retryPolicy(patient).listener(e -> {
      if (e.attempt() >= 2) {
        retrying.countDown();
      }
    }), faults)) {
      CompletableFuture<Object[]> result = new CompletableFuture<>();
      Thread caller = new Thread(() -> {
        try {
          f.items.batchSave(BatchFixture.items(200));
          result.complete(new Object[] {null, Thread.currentThread().isInterrupted()});
        } catch (RuntimeException e) {
          result.complete(new Object[] {e, Thread.currentThread().isInterrupted()});
        }
      });
      caller.start();
      assertTrue(retrying.await(10, TimeUnit.SECONDS), "the loop is retrying");
      long interruptedAt = System.nanoTime();
      caller.interrupt();
      Object[] outcome = result.get(10, TimeUnit.SECONDS);
      long tookMs = (System.nanoTime() - interruptedAt) / 1_000_000;

      UnprocessedItemsException e = (UnprocessedItemsException) outcome[0];
      assertTrue((Boolean) outcome[1], "the interrupt flag is kept");
      assertTrue(e.interrupted());
      assertTrue(e.getCause() instanceof InterruptedException);
      Set<String> notApplied = new HashSet<>(e.keysOf(f.items));
      Set<String> written = f.storedIds(f.items);
      assertTrue(notApplied.containsAll(BatchFixture.ids(50)), "the never-processed items");
      assertEquals(200, notApplied.size() + written.size(), "every item either written or reported");
      assertTrue(Collections.disjoint(notApplied, written), "nothing reported was written");
      assertTrue(tookMs < 2_000, "stopped promptly: " + tookMs + " ms");
    }
  }

  @Test
  void aCallerInterruptedBeforeTheCallSendsNothingAndReportsEverything() {
    try (BatchFixture f = new BatchFixture(b -> b.concurrency(1))) {
      Thread.currentThread().interrupt();
      UnprocessedItemsException e;
      try {
        e = org.junit.jupiter.api.Assertions.assertThrows(UnprocessedItemsException.class,
            () -> f.items.batchSave(BatchFixture.items(30)));
      } finally {
        assertTrue(Thread.interrupted(), "flag kept (and cleared here)");
      }
      assertEquals(BatchFixture.ids(30), List.copyOf(e.keysOf(f.items)));
      assertEquals(0, f.counter.total());
    }
  }
}
