package dev.dynabind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynabind.runtime.SortKey;
import dev.dynabind.testing.DynamoDbExtension;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Time key components are stored as fixed-width text, so DynamoDB's byte order of sort keys is
 * time order: queries return items chronologically and range conditions find the right ones.
 */
@ExtendWith(DynamoDbExtension.class)
class TimeKeyOrderTest {
  private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
  /** In time order; as Instant.toString() text, "00:00:00.500Z" sorts before "00:00:00Z". */
  private static final List<Instant> IN_TIME_ORDER = List.of(
      T0, T0.plusNanos(1), T0.plusMillis(500), T0.plusNanos(500_000_001), T0.plusSeconds(1),
      T0.plusSeconds(1).plusMillis(250), T0.plusSeconds(10), T0.plusSeconds(60));

  private final DynamoDbClient client;
  private TickRepository ticks;
  private SlotRepository slots;

  TimeKeyOrderTest(DynamoDbClient client) {
    this.client = client;
  }

  @BeforeEach
  void createTables() {
    var db = Databases.fresh(client);
    ticks = new TickRepository(db);
    slots = new SlotRepository(db);
    ticks.createTable();
    slots.createTable();
    // Saved in reverse, so that only the stored order can give time order back.
    for (int i = IN_TIME_ORDER.size() - 1; i >= 0; i--) {
      ticks.save(new Tick("s", IN_TIME_ORDER.get(i), IN_TIME_ORDER.get(i)));
    }
  }

  private static List<Instant> instants(Stream<Tick> ticks) {
    return ticks.map(Tick::at).toList();
  }

  @Test
  void instantSortKeysComeBackInTimeOrder() {
    assertEquals(IN_TIME_ORDER, instants(ticks.query("s")));
  }

  @Test
  void instantSortKeyConditionsFollowTimeOrder() {
    Instant second = T0.plusSeconds(1);
    assertEquals(IN_TIME_ORDER.subList(0, 4), instants(ticks.query("s", SortKey.lt(second))));
    assertEquals(IN_TIME_ORDER.subList(0, 5), instants(ticks.query("s", SortKey.le(second))));
    assertEquals(IN_TIME_ORDER.subList(5, 8), instants(ticks.query("s", SortKey.gt(second))));
    assertEquals(IN_TIME_ORDER.subList(2, 6),
        instants(ticks.query("s", SortKey.between(T0.plusMillis(500), T0.plusMillis(1250)))));
    assertEquals(List.of(T0), instants(ticks.query("s", SortKey.eq(T0))));
  }

  @Test
  void instantKeysAreStoredWithNineFractionDigitsAndOtherAttributesAsBefore() {
    Map<String, AttributeValue> item = client.getItem(b -> b.tableName(ticks.tableName())
        .key(Map.of("stream", AttributeValue.fromS("s"),
            "at", AttributeValue.fromS("2024-01-01T00:00:00.500000000Z")))).item();
    assertEquals("2024-01-01T00:00:00.500000000Z", item.get("at").s());
    assertEquals("2024-01-01T00:00:00.500Z", item.get("seen").s(), "non-key: Instant.toString()");
  }

  @Test
  void anInstantKeyWrittenInTheOldFormStillDecodes() {
    Raw.put(client, ticks.tableName(), Map.of("stream", AttributeValue.fromS("old"),
        "at", AttributeValue.fromS("2023-05-06T07:08:09.5Z")));
    // Found by query (matched by partition), not by get: a key is matched by exact bytes.
    assertEquals(List.of(Instant.parse("2023-05-06T07:08:09.500Z")), instants(ticks.query("old")));
  }

  @Test
  void localTimeSortKeysComeBackInTimeOrderUnderALocalDatePartition() {
    LocalDate day = LocalDate.of(2024, 3, 1);
    // LocalTime.toString drops zero seconds ("10:15"); a prefix, so it still sorts first.
    List<LocalTime> inOrder = List.of(LocalTime.of(10, 15), LocalTime.of(10, 15, 0, 500_000_000),
        LocalTime.of(10, 15, 30), LocalTime.of(10, 16));
    for (int i = inOrder.size() - 1; i >= 0; i--) {
      slots.save(new Slot(day, inOrder.get(i), "r" + i));
    }
    assertEquals(inOrder, slots.query(day).map(Slot::start).toList());
    assertEquals(inOrder.subList(0, 2),
        slots.query(day, SortKey.lt(LocalTime.of(10, 15, 30))).map(Slot::start).toList());
    assertEquals("r0", slots.get(new SlotKey(day, LocalTime.of(10, 15))).orElseThrow().room());
  }

  @Test
  void aTimeKeyOutsideYears0000To9999IsRefusedBeforeSending() {
    Instant far = Instant.parse("+10000-01-01T00:00:00Z");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ticks.save(new Tick("s", far, null)));
    assertTrue(e.getMessage().contains("'at'") && e.getMessage().contains("9999"),
        e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> slots.get(new SlotKey(LocalDate.of(-1, 1, 1), LocalTime.NOON)));
  }
}
