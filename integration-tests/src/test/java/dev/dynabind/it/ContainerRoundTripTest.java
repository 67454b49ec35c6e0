package dev.dynabind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynabind.testing.DynamoDbExtension;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@ExtendWith(DynamoDbExtension.class)
class ContainerRoundTripTest {
  private final DynamoDbClient client;
  private ContainersRepository containers;

  ContainerRoundTripTest(DynamoDbClient client) {
    this.client = client;
  }

  @BeforeEach
  void createTable() {
    containers = new ContainersRepository(Databases.fresh(client));
    containers.createTable();
  }

  private static Containers full(String id) {
    Map<String, Line> linesByName = new LinkedHashMap<>();
    linesByName.put("first", new Line("apple", 3));
    linesByName.put("none", null);
    Map<String, Integer> scores = new LinkedHashMap<>();
    scores.put("alice", 10);
    scores.put("bob", null);
    return new Containers(id,
        Optional.of("nick"),
        Optional.of(42),
        Arrays.asList("a", null, "c"),
        Arrays.asList(1, null, -3),
        List.of(new Line("apple", 3), new Line("pear", 0)),
        List.of(List.of("x", "y"), List.of(), List.of("z")),
        Set.of("red", "green"),
        Set.of(1, 2, 3),
        Set.of(Long.MAX_VALUE, Long.MIN_VALUE),
        Set.of(new BigDecimal("1.5"), new BigDecimal("-2")),
        Set.of(SdkBytes.fromUtf8String("one"), SdkBytes.fromUtf8String("two")),
        scores,
        linesByName,
        Map.of("bob", List.of("robert", "bobby")));
  }

  @Test
  void everyContainerTypeReadsBackEqual() {
    Containers saved = full("c-1");
    containers.save(saved);

    assertEquals(saved, containers.get("c-1").orElseThrow());
  }

  @Test
  void listsKeepNullElementsInPlaceAsDynamoDbNull() {
    containers.save(full("c-2"));

    List<AttributeValue> names = Raw.get(client, containers.tableName(), "c-2").get("names").l();

    assertEquals(3, names.size());
    assertEquals(Boolean.TRUE, names.get(1).nul());
    assertEquals(Arrays.asList("a", null, "c"), containers.get("c-2").orElseThrow().names());
  }

  @Test
  void setsAreStoredAsDynamoDbSetTypes() {
    containers.save(full("c-3"));

    Map<String, AttributeValue> item = Raw.get(client, containers.tableName(), "c-3");

    assertEquals(Set.of("red", "green"), Set.copyOf(item.get("tags").ss()));
    assertEquals(Set.of("1", "2", "3"), Set.copyOf(item.get("ints").ns()));
    assertEquals(2, item.get("blobs").bs().size());
    assertTrue(item.get("lines").hasL());
    assertTrue(item.get("scores").hasM());
    assertEquals("apple", item.get("lines").l().get(0).m().get("product").s());
  }

  @Test
  void emptyListsAndMapsAreStoredAndReadBackEmpty() {
    Containers saved = new Containers("c-4", Optional.empty(), Optional.empty(), List.of(),
        List.of(), List.of(), List.of(List.of()), null, null, null, null, null, Map.of(),
        Map.of(), Map.of());
    containers.save(saved);

    Map<String, AttributeValue> item = Raw.get(client, containers.tableName(), "c-4");
    assertTrue(item.get("names").hasL() && item.get("names").l().isEmpty());
    assertTrue(item.get("scores").hasM() && item.get("scores").m().isEmpty());

    Containers read = containers.get("c-4").orElseThrow();
    assertEquals(List.of(), read.names());
    assertEquals(List.of(List.of()), read.grid());
    assertEquals(Map.of(), read.scores());
    assertEquals(Map.of(), read.linesByName());
  }

  @Test
  void emptySetsAreNotStoredAndReadBackAsNullNotEmpty() {
    // DynamoDB has no empty sets: Dynabind stores nothing, so the set reads back absent (null).
    Containers saved = new Containers("c-5", null, null, null, null, null, null, Set.of(),
        Set.of(), Set.of(), Set.of(), Set.of(), null, null, null);
    containers.save(saved);

    Map<String, AttributeValue> item = Raw.get(client, containers.tableName(), "c-5");
    for (String set : List.of("tags", "ints", "longs", "decimals", "blobs")) {
      assertFalse(item.containsKey(set), set + " must not be stored");
    }

    Containers read = containers.get("c-5").orElseThrow();
    assertNull(read.tags());
    assertNull(read.ints());
    assertNull(read.longs());
    assertNull(read.decimals());
    assertNull(read.blobs());
  }

  @Test
  void emptyOptionalIsNotStoredAndAbsentReadsAsEmptyOptional() {
    Containers saved = new Containers("c-6", Optional.empty(), null, null, null, null, null, null,
        null, null, null, null, null, null, null);
    containers.save(saved);

    assertEquals(Map.of("id", AttributeValue.fromS("c-6")),
        Raw.get(client, containers.tableName(), "c-6"));
    Containers read = containers.get("c-6").orElseThrow();
    assertEquals(Optional.empty(), read.nickname());
    assertEquals(Optional.empty(), read.age());
  }

  @Test
  void presentOptionalIsStoredAsItsContent() {
    containers.save(full("c-7"));

    Map<String, AttributeValue> item = Raw.get(client, containers.tableName(), "c-7");

    assertEquals("nick", item.get("nickname").s());
    assertEquals("42", item.get("age").n());
  }

  @Test
  void onlyTheKeySetReadsBackWithNullCollections() {
    containers.save(Containers.onlyKey("c-8"));

    Containers read = containers.get("c-8").orElseThrow();

    assertNull(read.names());
    assertNull(read.lines());
    assertNull(read.grid());
    assertNull(read.tags());
    assertNull(read.scores());
    assertNull(read.aliases());
  }

  @Test
  void largeListOfNestedRecordsKeepsItsOrder() {
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      lines.add(new Line("p" + i, i));
    }
    Containers saved = new Containers("c-9", null, null, null, null, lines, null, null, null,
        null, null, null, null, null, null);
    containers.save(saved);

    assertEquals(lines, containers.get("c-9").orElseThrow().lines());
  }
}
