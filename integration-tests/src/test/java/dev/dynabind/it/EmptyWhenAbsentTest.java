package dev.dynabind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynabind.testing.DynamoDbExtension;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An absent {@code @EmptyWhenAbsent} set reads back as an empty unmodifiable set, whether it was
 * saved empty, saved null or never written; a set without the annotation still reads back null.
 */
@ExtendWith(DynamoDbExtension.class)
class EmptyWhenAbsentTest {
  private final DynamoDbClient client;
  private ShelfRepository shelves;

  EmptyWhenAbsentTest(DynamoDbClient client) {
    this.client = client;
  }

  @BeforeEach
  void createTable() {
    shelves = new ShelfRepository(Databases.fresh(client));
    shelves.createTable();
  }

  @Test
  void emptyAndNullSetsReadBackEmptyWithTheAnnotationAndNullWithout() {
    shelves.save(new Shelf("a", Set.of(), null, Set.of(), Set.of(), new Shelf.Bin(null)));
    Shelf read = shelves.get("a").orElseThrow();
    assertEquals(Set.of(), read.labels());
    assertEquals(Set.of(), read.sizes());
    assertEquals(Set.of(), read.blobs());
    assertEquals(Set.of(), read.bin().slots());
    assertNull(read.plain(), "without the annotation an absent set stays null");
    assertThrows(UnsupportedOperationException.class, () -> read.labels().add("x"));
  }

  @Test
  void anItemWrittenWithoutTheSetsReadsThemEmpty() {
    client.putItem(b -> b.tableName(shelves.tableName())
        .item(Map.of("id", AttributeValue.fromS("b"))));
    Shelf read = shelves.get("b").orElseThrow();
    assertTrue(read.labels().isEmpty() && read.sizes().isEmpty() && read.blobs().isEmpty());
    assertNull(read.bin());
  }

  @Test
  void storedSetsReadBackAsStored() {
    shelves.save(new Shelf("c", Set.of("x"), Set.of(new BigDecimal("1.5")), Set.of(), null,
        new Shelf.Bin(Set.of(3))));
    Shelf read = shelves.get("c").orElseThrow();
    assertEquals(Set.of("x"), read.labels());
    assertEquals(Set.of(new BigDecimal("1.5")), read.sizes());
    assertEquals(Set.of(3), read.bin().slots());
  }
}
