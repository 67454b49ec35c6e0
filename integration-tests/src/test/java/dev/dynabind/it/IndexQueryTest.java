package dev.dynabind.it;

import static dev.dynabind.it.ParcelAttributes.parity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynabind.runtime.Dynabind;
import dev.dynabind.runtime.PageRequest;
import dev.dynabind.runtime.QueryOptions;
import dev.dynabind.runtime.SortKey;
import dev.dynabind.testing.DynamoDbExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/** Global and local index queries on 5,000 parcels, compared with plain-client queries. */
@ExtendWith(DynamoDbExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexQueryTest {
  private final DynamoDbClient client;
  private ParcelRepository parcels;

  IndexQueryTest(DynamoDbClient client) {
    this.client = client;
  }

  @BeforeAll
  void load() {
    Dynabind db = Databases.fresh(client);
    parcels = new ParcelRepository(db);
    parcels.createTable();
    List<Parcel> all = new ArrayList<>();
    for (int c = 0; c < 5; c++) {
      for (long no = 0; no < 1000; no++) {
        all.add(ScanAndPageTest.parcel(c, no));
      }
    }
    parcels.batchSave(all);
  }

  /** The keys a plain query returns, in its order. */
  private List<String> plain(String index, String keyCondition, Map<String, String> names,
      Map<String, AttributeValue> values) {
    List<String> ids = new ArrayList<>();
    client.queryPaginator(QueryRequest.builder().tableName(parcels.tableName()).indexName(index)
            .keyConditionExpression(keyCondition).expressionAttributeNames(names)
            .expressionAttributeValues(values).build())
        .items().forEach(item -> ids.add(item.get("customerId").s() + "/" + item.get("no").n()));
    return ids;
  }

  private static List<String> ids(java.util.stream.Stream<Parcel> parcels) {
    return parcels.map(p -> p.customerId() + "/" + p.no()).toList();
  }

  @Test
  void globalIndexQueryMatchesThePlainClient() {
    List<String> expected = plain("byStatus", "#s = :s AND #w >= :w",
        Map.of("#s", "status", "#w", "weight"),
        Map.of(":s", AttributeValue.fromS("S3"), ":w", AttributeValue.fromN("500")));
    List<String> actual = ids(parcels.byStatus().query("S3", SortKey.ge(500L)));
    assertTrue(expected.size() > 200, "a real comparison: " + expected.size());
    assertEquals(expected, actual);
    assertEquals(expected.size(), parcels.byStatus().count("S3", SortKey.ge(500L)));
  }

  @Test
  void localIndexQueryMatchesThePlainClient() {
    List<String> expected = plain("byWeight", "#c = :c AND #w BETWEEN :a AND :b",
        Map.of("#c", "customerId", "#w", "weight"), Map.of(":c", AttributeValue.fromS("c-2"),
            ":a", AttributeValue.fromN("100"), ":b", AttributeValue.fromN("600")));
    List<String> actual = ids(parcels.byWeight().query("c-2", SortKey.between(100L, 600L),
        QueryOptions.defaults().consistentRead(true)));
    assertTrue(expected.size() > 400, "a real comparison: " + expected.size());
    assertEquals(expected, actual);
  }

  @Test
  void aSparseIndexHoldsOnlyItemsWithTheKey() {
    assertEquals(50, parcels.byTag().query("rare").count());
    assertEquals(50, parcels.byTag().count("rare"));
  }

  @Test
  void queryOptionsFilterOrderAndLimit() {
    List<Long> nos = parcels.query("c-1", SortKey.lt(20L),
        QueryOptions.filter(parity.eq(1)).descending().limit(3)).map(Parcel::no).toList();
    assertEquals(List.of(19L, 17L, 15L), nos);
    assertEquals(20, parcels.query("c-1", SortKey.lt(20L)).count());
  }

  @Test
  void indexPagesContinueWithTheirCursor() {
    var first = parcels.byStatus().queryPage("S1", PageRequest.first(40));
    var second = parcels.byStatus().queryPage("S1", PageRequest.after(first.cursor(), 40));
    List<String> both = new ArrayList<>(ids(first.items().stream()));
    both.addAll(ids(second.items().stream()));
    assertEquals(ids(parcels.byStatus().query("S1").limit(80)), both);
  }

  @Test
  void aConsistentReadOfAGlobalIndexIsRefusedBeforeSending() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> parcels.byStatus().query("S1", QueryOptions.defaults().consistentRead(true)));
    assertTrue(e.getMessage().contains("index 'byStatus' of table '" + parcels.tableName()),
        e.getMessage());
  }

  @Test
  void pagesRefuseALimitInsteadOfIgnoringIt() {
    IllegalArgumentException table = assertThrows(IllegalArgumentException.class,
        () -> parcels.queryPage("c-1", QueryOptions.defaults().limit(5), PageRequest.first(10)));
    assertTrue(table.getMessage().contains("QueryOptions.limit(5)")
        && table.getMessage().contains("table '" + parcels.tableName() + "'"), table.getMessage());
    IllegalArgumentException index = assertThrows(IllegalArgumentException.class,
        () -> parcels.byStatus().queryPage("S1", SortKey.ge(0L),
            QueryOptions.filter(parity.eq(1)).limit(5), PageRequest.first(10)));
    assertTrue(index.getMessage().contains("index 'byStatus'"), index.getMessage());
  }
}
