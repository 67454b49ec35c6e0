package dev.dynabind.it;

import static dev.dynabind.it.DeliveryAttributes.placedAt;
import static dev.dynabind.it.DeliveryAttributes.seenAt;
import static dev.dynabind.it.DeliveryAttributes.shippedAt;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dynabind.runtime.QueryOptions;
import dev.dynabind.runtime.ScanOptions;
import dev.dynabind.testing.DynamoDbExtension;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A filter or condition on a time-typed key attribute (table key or index key) compares the
 * sortable key text the codec stores ({@code 2024-01-01T00:00:00.000000000Z}), not the shorter
 * {@code Instant.toString()} form ({@code 2024-01-01T00:00:00Z}) plain attributes use: with the
 * shorter form, equality on a whole-second instant never matched.
 */
@ExtendWith(DynamoDbExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimeKeyFilterTest {
  private static final Instant WHOLE_SECOND = Instant.parse("2024-01-01T00:00:00Z");
  private static final Instant LATER = Instant.parse("2024-01-01T00:00:00.500Z");

  private final DynamoDbClient client;
  private DeliveryRepository deliveries;

  TimeKeyFilterTest(DynamoDbClient client) {
    this.client = client;
  }

  @BeforeAll
  void load() {
    deliveries = new DeliveryRepository(Databases.fresh(client));
    deliveries.createTable();
    deliveries.batchSave(List.of(
        new Delivery("c-1", WHOLE_SECOND, "north", WHOLE_SECOND, WHOLE_SECOND),
        new Delivery("c-1", LATER, "north", LATER, LATER),
        new Delivery("c-2", WHOLE_SECOND, "south", null, null)));
  }

  private static List<String> ids(java.util.stream.Stream<Delivery> found) {
    return found.map(d -> d.customerId() + "@" + d.placedAt()).sorted().toList();
  }

  @Test
  void aScanFilterOnAnIndexTimeKeyMatchesTheStoredKeyText() {
    assertEquals(List.of("c-1@" + WHOLE_SECOND),
        ids(deliveries.scan(ScanOptions.filter(shippedAt.eq(WHOLE_SECOND)))));
    assertEquals(List.of("c-1@" + LATER),
        ids(deliveries.scan(ScanOptions.filter(shippedAt.in(LATER, Instant.EPOCH)))));
  }

  @Test
  void aCountConditionOnTableAndIndexTimeKeysMatchesTheStoredKeyText() {
    assertEquals(2, deliveries.count(placedAt.eq(WHOLE_SECOND)));
    assertEquals(1, deliveries.count(placedAt.eq(WHOLE_SECOND).and(shippedAt.eq(WHOLE_SECOND))));
    assertEquals(1, deliveries.count(shippedAt.ne(WHOLE_SECOND).and(shippedAt.exists())));
  }

  @Test
  void aQueryFilterOnAnIndexTimeKeyOfAnotherIndexMatches() {
    assertEquals(List.of("c-1@" + WHOLE_SECOND), ids(deliveries.query("c-1",
        QueryOptions.filter(shippedAt.eq(WHOLE_SECOND)))));
  }

  @Test
  void aPlainTimeAttributeKeepsItsShortForm() {
    assertEquals(1, deliveries.count(seenAt.eq(WHOLE_SECOND)));
  }
}
