package dev.dynabind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynabind.testing.FaultInjector;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BatchListenerTest {

  @Test
  void oneEventPerRequestWithBatchNumberCountsAndAttempt() {
    try (BatchFixture f = new BatchFixture()) {
      f.items.batchSave(BatchFixture.items(60));
      assertEquals(3, f.events.size());
      assertEquals(Set.of(1, 2, 3), f.events.stream().map(BatchEvent::batchNumber).collect(Collectors.toSet()));
      assertEquals(60, f.events.stream().mapToInt(BatchEvent::itemCount).sum());
      f.events.forEach(e -> {
        assertEquals("BatchWriteItem", e.operation());
        assertEquals(List.of(f.items.tableName()), e.tables());
        assertEquals(1, e.attempt());
        assertEquals(0, e.unprocessedCount());
        assertFalse(e.duration().isNegative());
        assertTrue(Double.isNaN(e.consumedCapacity()), "not asked for");
      });
      f.events.clear();
      f.items.batchGet(BatchFixture.ids(150));
      assertEquals(List.of(100, 50), f.events.stream().sorted(
          java.util.Comparator.comparingInt(BatchEvent::batchNumber)).map(BatchEvent::itemCount).toList());
    }
  }

  @Test
  void retriedRequestsReportTheirAttemptAndTheUnprocessedCount() {
    FaultInjector faults = FaultInjector.random(3, 0.5, 0.0);
    try (BatchFixture f = new BatchFixture(faults)) {
      f.items.batchSave(BatchFixture.items(25));
      for (int i = 1; i < f.events.size(); i++) {
        assertEquals(i + 1, f.events.get(i).attempt());
        assertEquals(f.events.get(i - 1).unprocessedCount(), f.events.get(i).itemCount(),
            "a retry sends exactly what came back");
      }
      assertEquals(0, f.events.get(f.events.size() - 1).unprocessedCount());
      assertTrue(f.events.size() > 1);
    }
  }

  @Test
  void consumedCapacityIsReportedWhenAskedFor() {
    try (BatchFixture f = new BatchFixture(b -> b.reportConsumedCapacity(true))) {
      f.items.batchSave(BatchFixture.items(10));
      f.items.batchGet(BatchFixture.ids(10));
      assertEquals(2, f.events.size());
      f.events.forEach(e -> assertTrue(e.consumedCapacity() > 0, e.toString()));
    }
  }
}
