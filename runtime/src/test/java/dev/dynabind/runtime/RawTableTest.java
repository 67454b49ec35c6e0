package dev.dynabind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynabind.runtime.spi.KeyAttribute;
import dev.dynabind.runtime.spi.TableMetadata;
import dev.dynabind.testing.FaultInjector;
import dev.dynabind.testing.TestClients;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** {@link RawTable}: raw attribute maps through the repository's rules and batch engine. */
class RawTableTest {
  private static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }

  private static AttributeValue n(int value) {
    return AttributeValue.fromN(Integer.toString(value));
  }

  private static Map<String, AttributeValue> line(int order, int no) {
    return Map.of("order", s("o-" + order), "no", n(no),
        "tags", AttributeValue.fromSs(List.of("a", "b" + no)),
        "blob", AttributeValue.fromB(SdkBytes.fromUtf8String("x" + no)),
        "nested", AttributeValue.fromM(Map.of("ok", AttributeValue.fromBool(no % 2 == 0))));
  }

  @Test
  void describeReadsTheKeySchemaOfThePrefixedTable() {
    try (BatchFixture f = new BatchFixture()) {
      TableMetadata lines = RawTable.describe(f.db, "lines").metadata();
      assertEquals(new KeyAttribute("order", "order", ScalarAttributeType.S), lines.partitionKey());
      assertEquals(new KeyAttribute("no", "no", ScalarAttributeType.N), lines.sortKey());
      RawTable items = RawTable.describe(f.db, "items");
      assertEquals("id", items.metadata().partitionKey().attributeName());
      assertNull(items.metadata().sortKey());
      assertEquals(f.items.tableName(), items.tableName());

      TableNotFoundException missing = assertThrows(TableNotFoundException.class,
          () -> RawTable.describe(f.db, "absent"));
      assertTrue(missing.getMessage().contains(f.db.tableNamePrefix() + "absent"),
          missing.getMessage());
    }
  }

  @Test
  void ofRefusesBadArgumentsNamingThem() {
    try (BatchFixture f = new BatchFixture()) {
      KeyAttribute id = new KeyAttribute("id", "id", ScalarAttributeType.S);
      assertThrows(IllegalArgumentException.class, () -> RawTable.of(null, "items", id, null));
      assertThrows(IllegalArgumentException.class, () -> RawTable.of(f.db, "items", null, null));
      IllegalArgumentException shortName = assertThrows(IllegalArgumentException.class,
          () -> RawTable.of(f.db, "ab", id, null));
      assertTrue(shortName.getMessage().contains("'ab'"), shortName.getMessage());
      IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
          () -> RawTable.of(f.db, "items", id, id));
      assertTrue(twice.getMessage().contains("'id'"), twice.getMessage());
    }
  }

  @Test
  void batchSaveWritesEveryRawItemDespiteUnprocessedItemsAndBatchGetReadsThemBack() {
    try (BatchFixture f = new BatchFixture(FaultInjector.random(7, 0.3, 0.05))) {
      RawTable lines = RawTable.of(f.db, "lines",
          new KeyAttribute("order", "order", ScalarAttributeType.S),
          new KeyAttribute("no", "no", ScalarAttributeType.N));
      List<Map<String, AttributeValue>> written = IntStream.range(0, 120)
          .mapToObj(i -> line(i % 7, i)).toList();
      lines.batchSave(written.stream());

      Map<String, Map<String, AttributeValue>> stored = new HashMap<>();
      try (DynamoDbClient plain = TestClients.client()) {
        plain.scanPaginator(b -> b.tableName(lines.tableName())).items()
            .forEach(item -> stored.put(item.get("no").n(), item));
      }
      assertEquals(written.stream().collect(Collectors.toMap(i -> i.get("no").n(), i -> i)),
          stored);

      List<Map<String, AttributeValue>> keys = List.of(
          Map.of("order", s("o-3"), "no", n(3)), Map.of("order", s("o-1"), "no", n(99)));
      assertEquals(Map.of("3", line(3, 3), "99", line(1, 99)), lines.batchGet(keys).stream()
          .collect(Collectors.toMap(i -> i.get("no").n(), i -> i)));
      assertEquals(line(4, 4), lines.get(Map.of("order", s("o-4"), "no", n(4))).orElseThrow());
    }
  }

  @Test
  void anItemOrKeyWithoutTheKeySchemaIsRefusedBeforeAnythingIsSent() {
    try (BatchFixture f = new BatchFixture()) {
      RawTable lines = RawTable.describe(f.db, "lines");
      f.counter.reset();
      IllegalArgumentException noSortKey = assertThrows(IllegalArgumentException.class,
          () -> lines.batchSave(List.of(line(1, 1), Map.of("order", s("o-2")))));
      assertTrue(noSortKey.getMessage().contains("key 'no'")
          && noSortKey.getMessage().contains(lines.tableName()), noSortKey.getMessage());
      IllegalArgumentException wrongType = assertThrows(IllegalArgumentException.class,
          () -> lines.save(Map.of("order", s("o-1"), "no", s("1"))));
      assertTrue(wrongType.getMessage().contains("not of type N"), wrongType.getMessage());
      IllegalArgumentException extra = assertThrows(IllegalArgumentException.class,
          () -> lines.get(Map.of("order", s("o-1"), "no", n(1), "tags", s("x"))));
      assertTrue(extra.getMessage().contains("exactly the key attributes"), extra.getMessage());
      assertEquals(0, f.counter.total());
    }
  }

  @Test
  void isLockItemKnowsTheLockKeyOfLockedTablesOnly() {
    TableMetadata locked = ItemCodec.LOCKED.metadata();
    assertTrue(locked.isLockItem(Map.of("id", s("a-1#lock"))));
    assertFalse(locked.isLockItem(Map.of("id", s("a-1"))));
    assertFalse(locked.isLockItem(Map.of("other", s("a-1#lock"))));
    assertFalse(ItemCodec.PLAIN.metadata().isLockItem(Map.of("id", s("a-1#lock"))));
  }

  @Test
  void itemSizeCountsNamesAndValuesAsDynamoDbDoes() {
    // "id" 2 + "abc" 3; "n" 1 + 12345 (5 digits: 3 + 1); "ok" 2 + true 1
    assertEquals(5 + 5 + 3, RawTable.itemSize(
        Map.of("id", s("abc"), "n", n(12345), "ok", AttributeValue.fromBool(true))));
    assertThrows(IllegalArgumentException.class, () -> RawTable.itemSize(null));
    try (BatchFixture f = new BatchFixture()) {
      Map<String, AttributeValue> tooBig = Map.of("id", s("big"), "payload",
          s("x".repeat(400 * 1024 - 2 - 3 - 7 + 1)));
      assertEquals(400 * 1024 + 1, RawTable.itemSize(tooBig));
      assertThrows(IllegalArgumentException.class,
          () -> RawTable.describe(f.db, "items").save(tooBig));
    }
  }
}
