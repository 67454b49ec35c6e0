package dev.dynabind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynabind.runtime.expression.AttributePath;
import dev.dynabind.runtime.expression.Condition;
import dev.dynabind.runtime.expression.NumberField;
import dev.dynabind.runtime.expression.Update;
import dev.dynabind.runtime.internal.op.FailFirst;
import dev.dynabind.runtime.spi.Encoders;
import dev.dynabind.testing.TestClients;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.InternalServerErrorException;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Updates through the pipeline: throttling is retried per the policy with one event per attempt,
 * a server error is not (an increment applied twice would count twice), and the item a failed
 * condition carries stays out of serialized forms.
 */
class UpdateRetryTest {
  private static final NumberField<Integer> N =
      new NumberField<>(AttributePath.of("n"), v -> Encoders.number(v));
  private static final RetryPolicy FIVE = RetryPolicy.builder().maxAttempts(5)
      .baseDelay(Duration.ofMillis(1)).maxDelay(Duration.ofMillis(4)).build();
  private static final String PREFIX = TestClients.uniquePrefix();
  private static final DynamoDbClient PLAIN = TestClients.client();

  static {
    new ItemRepository(Dynabind.builder().client(PLAIN).tableNamePrefix(PREFIX).build())
        .createTable();
  }

  @AfterAll
  static void close() {
    PLAIN.close();
  }

  private static ItemRepository items(DynamoDbClient client, List<OperationEvent> events) {
    return new ItemRepository(Dynabind.builder().client(client).tableNamePrefix(PREFIX)
        .retryPolicy(FIVE).operationListener(events::add).build());
  }

  @Test
  void aThrottledUpdateIsRetriedWithOneEventPerAttemptAndAppliedOnce() {
    items(PLAIN, new ArrayList<>()).save(new Item("t", 1, "p"));
    FailFirst throttle = FailFirst.throttling(UpdateItemRequest.class, 2);
    List<OperationEvent> events = new ArrayList<>();
    try (DynamoDbClient client = TestClients.client(throttle)) {
      assertEquals(new Item("t", 2, "p"), items(client, events).update("t", Update.of(N.add(1))));
    }
    assertEquals(3, throttle.requests());
    assertEquals(List.of(OperationEvent.Outcome.RETRIED, OperationEvent.Outcome.RETRIED,
        OperationEvent.Outcome.SUCCEEDED), events.stream().map(OperationEvent::outcome).toList());
    assertTrue(events.stream().allMatch(e -> e.operation().equals("UpdateItem")));
    assertEquals(Optional.of(new Item("t", 2, "p")), items(PLAIN, events).get("t"));
  }

  @Test
  void anUpdateThatGotAServerErrorIsNotRepeated() {
    items(PLAIN, new ArrayList<>()).save(new Item("s", 1, "p"));
    FailFirst failure = FailFirst.serverError(UpdateItemRequest.class, 1);
    try (DynamoDbClient client = TestClients.client(failure)) {
      assertThrows(InternalServerErrorException.class,
          () -> items(client, new ArrayList<>()).update("s", Update.of(N.add(1))));
    }
    assertEquals(1, failure.requests());
    assertEquals(1, items(PLAIN, new ArrayList<>()).get("s").orElseThrow().n());
  }

  @Test
  void theItemAsItWasIsNotSerialized() throws Exception {
    ItemRepository items = items(PLAIN, new ArrayList<>());
    items.save(new Item("c", 1, "secret"));
    ConditionFailedException e = assertThrows(ConditionFailedException.class,
        () -> items.save(new Item("c", 2, "other"), Condition.ifAbsent()));
    assertEquals(Optional.of(new Item("c", 1, "secret")), e.item(items));

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(e);
    }
    assertFalse(bytes.toString(java.nio.charset.StandardCharsets.ISO_8859_1).contains("secret"));
    ConditionFailedException read;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      read = (ConditionFailedException) in.readObject();
    }
    assertFalse(read.hasItem());
    assertEquals(Optional.empty(), read.item(items));
    assertEquals(e.getMessage(), read.getMessage());
  }
}
