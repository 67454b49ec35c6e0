package dev.dynabind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * {@link Dynabind#concurrency()} bounds the requests a batch call has in flight, however its
 * chunks are handed from thread to thread, and a call keeps that many busy.
 */
class BatchInFlightTest {
  /** Requests between transmission and answer, and the most seen at once. */
  static final class InFlight implements ExecutionInterceptor {
    final AtomicInteger now = new AtomicInteger();
    final AtomicInteger peak = new AtomicInteger();

    @Override
    public void beforeTransmission(Context.BeforeTransmission context,
        ExecutionAttributes attributes) {
      peak.accumulateAndGet(now.incrementAndGet(), Math::max);
    }

    @Override
    public void afterTransmission(Context.AfterTransmission context,
        ExecutionAttributes attributes) {
      now.decrementAndGet();
    }
  }

  @Test
  void collectionCallsNeverHaveMoreThanConcurrencyRequestsInFlight() {
    InFlight inFlight = new InFlight();
    try (BatchFixture f = new BatchFixture(b -> b.concurrency(3), inFlight)) {
      f.items.batchSave(BatchFixture.items(2_000));
      assertEquals(80, f.counter.count("BatchWriteItem"));
      assertTrue(inFlight.peak.get() <= 3, "peak " + inFlight.peak.get());
      assertEquals(2_000, f.items.batchGet(BatchFixture.ids(2_000)).size());
      assertTrue(inFlight.peak.get() <= 3, "peak " + inFlight.peak.get());
      assertEquals(0, inFlight.now.get());
    }
  }
}
