package dev.dynabind.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynabind.testing.TestClients;
import java.io.OutputStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * The read capacity DynamoDB Local reports for an export's scan pages stays within 10% of the
 * limit over the run. Time is a virtual clock that only sleeping advances, so the run is as
 * fast as the machine allows and measures the limiter alone: real request time would only lower
 * the rate.
 */
class RateLimitTest {
  @Test
  void exportConsumesReadCapacityAtTheLimitWithinTenPercent() {
    double[] consumed = {0};
    ExecutionInterceptor meter = new ExecutionInterceptor() {
      @Override
      public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        if (context.response() instanceof ScanResponse page && page.consumedCapacity() != null) {
          synchronized (consumed) {
            consumed[0] += page.consumedCapacity().capacityUnits();
          }
        }
      }
    };
    try (DynamoDbClient client = TestClients.client(meter)) {
      ProductRepository source = Catalogue.table(client);
      source.batchSave(Catalogue.products(2_000));
      long[] now = {0};
      // Counting first shares the export's limiter: the count's reads are inside the rate.
      TableExport export = TableExport.of(source).format(Format.JSON_LINES).segments(2)
          .maxReadUnitsPerSecond(4).countFirst(true);
      export.ticker = new CapacityLimiter.Ticker() {
        @Override
        public synchronized long nanoTime() {
          return now[0];
        }

        @Override
        public void sleepNanos(long nanos) {
          synchronized (this) {
            now[0] += nanos;
          }
        }
      };
      ExportCheckpoint done = export.to(OutputStream.nullOutputStream());

      assertEquals(2_000, done.items());
      double seconds = now[0] / 1e9;
      assertTrue(seconds >= 20, "a run of at least 20 s, as the issue asks: " + seconds + " s");
      double rate = consumed[0] / seconds;
      assertTrue(Math.abs(rate - 4) <= 0.4, consumed[0] + " units in " + seconds + " s = " + rate);
    }
  }
}
