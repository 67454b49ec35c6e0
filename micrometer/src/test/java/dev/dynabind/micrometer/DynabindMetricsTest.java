package dev.dynabind.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynabind.runtime.Dynabind;
import dev.dynabind.runtime.RetryPolicy;
import dev.dynabind.runtime.TableNotFoundException;
import dev.dynabind.runtime.UnprocessedItemsException;
import dev.dynabind.testing.FaultInjector;
import dev.dynabind.testing.TestClients;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Requests sent to DynamoDB Local (disturbed by a fault injector) show up as timers and counters
 * tagged by operation, prefixed table and outcome.
 */
class DynabindMetricsTest {
  private static final RetryPolicy TWO_ATTEMPTS = RetryPolicy.builder().maxAttempts(2)
      .baseDelay(Duration.ofMillis(1)).maxDelay(Duration.ofMillis(2)).build();

  @Test
  void singleAndBatchRequestsAreTimedAndCountedByOperationTableAndOutcome() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    DynabindMetrics metrics = new DynabindMetrics(registry);
    FaultInjector stuck = FaultInjector.never(item -> "stuck".equals(item.get("id").s()));
    try (DynamoDbClient client = TestClients.client(stuck)) {
      Dynabind db = Dynabind.builder().client(client).tableNamePrefix(TestClients.uniquePrefix())
          .retryPolicy(TWO_ATTEMPTS).reportConsumedCapacity(true)
          .operationListener(metrics).listener(metrics).build();
      NoteRepository notes = new NoteRepository(db);
      assertThrows(TableNotFoundException.class, () -> notes.get("a"));
      notes.createTable();
      String table = notes.tableName();
      notes.save(new Note("a", "hello"));
      notes.get("a");
      notes.batchSave(List.of(new Note("b", "x"), new Note("c", "y")));
      assertThrows(UnprocessedItemsException.class,
          () -> notes.batchSave(List.of(new Note("stuck", "z"))));

      assertEquals(1, registry.get(DynabindMetrics.REQUESTS).tags("operation", "GetItem",
          "table", table, "outcome", "succeeded").timer().count());
      assertEquals(1, registry.get(DynabindMetrics.REQUESTS).tags("operation", "GetItem",
          "table", table, "outcome", "failed").timer().count());
      assertEquals(1, registry.get(DynabindMetrics.REQUESTS).tags("operation", "PutItem",
          "outcome", "succeeded").timer().count());
      assertEquals(1, registry.get(DynabindMetrics.REQUESTS).tags("operation", "BatchWriteItem",
          "table", table, "outcome", "succeeded").timer().count());
      assertEquals(2, registry.get(DynabindMetrics.REQUESTS).tags("operation", "BatchWriteItem",
          "outcome", "unprocessed").timer().count(), "two attempts, both held back");
      assertEquals(1, registry.get(DynabindMetrics.RETRIES).tags("operation", "BatchWriteItem",
          "table", table).counter().count());
      assertEquals(2, registry.get(DynabindMetrics.UNPROCESSED).tags("table", table).counter()
          .count());
      assertTrue(registry.get(DynabindMetrics.CAPACITY).tags("operation", "BatchWriteItem")
          .counter().count() >= 2, "a write of a small item consumes one unit each");
    }
  }
}
