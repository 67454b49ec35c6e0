package dev.dynabind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dynabind.runtime.OperationEvent.Outcome;
import dev.dynabind.runtime.internal.op.FailFirst;
import dev.dynabind.testing.TestClients;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;

/** Every single request is reported once per attempt, with its outcome and never its contents. */
class OperationListenerTest {
  private static final RetryPolicy FAST = RetryPolicy.builder().maxAttempts(3)
      .baseDelay(Duration.ofMillis(1)).maxDelay(Duration.ofMillis(1)).build();

  @Test
  void eachSingleRequestIsReportedPerAttemptWithItsOutcome() {
    List<OperationEvent> events = Collections.synchronizedList(new ArrayList<>());
    FailFirst throttle = FailFirst.throttling(GetItemRequest.class, 1);
    try (DynamoDbClient client = TestClients.client(throttle)) {
      Dynabind db = Dynabind.builder().client(client).tableNamePrefix(TestClients.uniquePrefix())
          .retryPolicy(FAST).operationListener(events::add).build();
      ItemRepository items = new ItemRepository(db);
      items.createTable();
      items.save(new Item("a", 1, "secret"));
      assertEquals("secret", items.get("a").orElseThrow().payload());
      items.delete("a");

      List<String> seen = events.stream()
          .map(e -> e.operation() + " " + e.attempt() + " " + e.outcome() + " " + e.error())
          .toList();
      assertEquals(List.of("PutItem 1 SUCCEEDED null",
          "GetItem 1 RETRIED ProvisionedThroughputExceededException",
          "GetItem 2 SUCCEEDED null",
          "DeleteItem 1 SUCCEEDED null"), seen);
      assertEquals(List.of(items.tableName()), events.get(0).tables());
      assertEquals(false, events.toString().contains("secret"), "no item contents");
    }
  }

  @Test
  void aMissingTableIsReportedAsFailed() {
    List<OperationEvent> events = new ArrayList<>();
    try (DynamoDbClient client = TestClients.client()) {
      Dynabind db = Dynabind.builder().client(client).tableNamePrefix(TestClients.uniquePrefix())
          .operationListener(events::add).build();
      ItemRepository items = new ItemRepository(db);
      assertThrows(TableNotFoundException.class, () -> items.get("a"));
      assertEquals(1, events.size());
      assertEquals(Outcome.FAILED, events.get(0).outcome());
      assertEquals("ResourceNotFoundException", events.get(0).error());
    }
  }

  @Test
  void aListenerThatThrowsEndsTheOperationWithItsOwnExceptionAndNoRetry() {
    IllegalStateException boom = new IllegalStateException("listener failed");
    FailFirst throttle = FailFirst.throttling(GetItemRequest.class, 1);
    try (DynamoDbClient client = TestClients.client(throttle)) {
      Dynabind db = Dynabind.builder().client(client).tableNamePrefix(TestClients.uniquePrefix())
          .retryPolicy(FAST).operationListener(event -> {
            throw boom;
          }).build();
      ItemRepository items = new ItemRepository(db);
      items.createTable();
      assertSame(boom, assertThrows(IllegalStateException.class, () -> items.get("a")));
      assertEquals(1, throttle.requests(), "no retry after the listener threw");
    }
  }
}
