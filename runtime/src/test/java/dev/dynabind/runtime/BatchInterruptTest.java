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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;

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

  @Test
  void anInterruptDuringABackoffAtConcurrencyOneIsReportedAsAnInterrupt() throws Exception {
    // At concurrency 1 the chunk runs on the calling thread, so the interrupt lands in its sleep.
    FaultInjector faults = FaultInjector.never(item -> item.get("id").s().equals("id-30"));
    RetryPolicy patient = RetryPolicy.builder().maxAttempts(1_000)
        .baseDelay(Duration.ofMillis(50)).maxDelay(Duration.ofMillis(200)).build();
    CountDownLatch retrying = new CountDownLatch(1);
    try (BatchFixture f = new BatchFixture(b -> b.concurrency(1).retryPolicy(patient).listener(e -> {
      if (e.attempt() >= 2) {
        retrying.countDown();
      }
    }), faults)) {
      Thread caller = startSaving(f, 100);
      assertTrue(retrying.await(10, TimeUnit.SECONDS), "the loop is retrying");
      caller.interrupt();
      assertReportedAsInterrupt(f, 100);
    }
  }

  @Test
  void anInterruptDuringARequestAtConcurrencyOneIsReportedAsAnInterrupt() throws Exception {
    // The second request waits, on the calling thread, until that thread is interrupted; then it
    // goes on and the SDK itself meets the interrupt.
    CountDownLatch inRequest = new CountDownLatch(1);
    AtomicInteger requests = new AtomicInteger();
    ExecutionInterceptor stall = new ExecutionInterceptor() {
      @Override
      public void beforeTransmission(Context.BeforeTransmission context,
          ExecutionAttributes attributes) {
        if (context.request() instanceof BatchWriteItemRequest && requests.incrementAndGet() == 2) {
          inRequest.countDown();
          while (!Thread.currentThread().isInterrupted()) {
            LockSupport.parkNanos(1_000_000);
          }
        }
      }
    };
    try (BatchFixture f = new BatchFixture(b -> b.concurrency(1), stall)) {
      Thread caller = startSaving(f, 100);
      assertTrue(inRequest.await(10, TimeUnit.SECONDS), "the second request is under way");
      caller.interrupt();
      assertReportedAsInterrupt(f, 100);
    }
  }

  private final CompletableFuture<Object[]> result = new CompletableFuture<>();

  private Thread startSaving(BatchFixture f, int count) {
    Thread caller = new Thread(() -> {
      try {
        f.items.batchSave(BatchFixture.items(count));
        result.complete(new Object[] {null, Thread.currentThread().isInterrupted()});
      } catch (RuntimeException e) {
        result.complete(new Object[] {e, Thread.currentThread().isInterrupted()});
      }
    });
    caller.start();
    return caller;
  }

  private void assertReportedAsInterrupt(BatchFixture f, int count) throws Exception {
    Object[] outcome = result.get(10, TimeUnit.SECONDS);
    UnprocessedItemsException e = (UnprocessedItemsException) outcome[0];
    assertTrue((Boolean) outcome[1], "the interrupt flag is kept");
    assertTrue(e.interrupted(), e.getMessage());
    assertTrue(e.getCause() instanceof InterruptedException, String.valueOf(e.getCause()));
    Set<String> notApplied = new HashSet<>(e.keysOf(f.items));
    Set<String> written = f.storedIds(f.items);
    assertTrue(!notApplied.isEmpty() && notApplied.size() < count, notApplied.toString());
    Set<String> all = new HashSet<>(notApplied);
    all.addAll(written);
    assertEquals(new HashSet<>(BatchFixture.ids(count)), all, "every item written or reported");
  }
}
