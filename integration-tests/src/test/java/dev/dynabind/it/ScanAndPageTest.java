package dev.dynabind.it;

import static dev.dynabind.it.ParcelAttributes.parity;
import static dev.dynabind.it.ParcelAttributes.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynabind.runtime.Dynabind;
import dev.dynabind.runtime.OperationListener;
import dev.dynabind.runtime.Page;
import dev.dynabind.runtime.PageRequest;
import dev.dynabind.runtime.QueryOptions;
import dev.dynabind.runtime.ScanOptions;
import dev.dynabind.runtime.ScanProgress;
import dev.dynabind.runtime.SortKey;
import dev.dynabind.testing.DynamoDbExtension;
import dev.dynabind.testing.TestClients;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * Scans, counts and pages of one shared table of 20,000 parcels: 20 customers of 1,000 parcels,
 * loaded once with batchSave.
 */
@ExtendWith(DynamoDbExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScanAndPageTest {
  static final int CUSTOMERS = 20;
  static final int PER_CUSTOMER = 1000;
  private static final int PAGE_SIZE = 100;

  private final DynamoDbClient client;
  private final AtomicLong itemsFetched = new AtomicLong();
  private final Map<Integer, Long> lastItemsOfSegment = new java.util.concurrent.ConcurrentHashMap<>();
  private Dynabind db;
  private ParcelRepository parcels;

  ScanAndPageTest(DynamoDbClient client) {
    this.client = client;
  }

  static Parcel parcel(int customer, long no) {
    return new Parcel("c-" + customer, no, "S" + (no % 7), no * 13 % 1000, (int) (no % 2),
        no % 100 == 0 ? "rare" : null);
  }

  @BeforeAll
  void load() {
    OperationListener progress = new OperationListener() {
      @Override
      public void onRequest(dev.dynabind.runtime.OperationEvent event) {}

      @Override
      public void onScanPage(ScanProgress p) {
        // Progress is cumulative per segment; the difference is this page's items.
        Long before = lastItemsOfSegment.put(p.segment(), p.items());
        itemsFetched.addAndGet(p.items() - (before == null ? 0 : before));
      }
    };
    db = Dynabind.builder().client(client).tableNamePrefix(TestClients.uniquePrefix())
        .requireBatchContext(false).operationListener(progress).build();
    parcels = new ParcelRepository(db);
    parcels.createTable();
    List<Parcel> all = new ArrayList<>(CUSTOMERS * PER_CUSTOMER);
    for (int c = 0; c < CUSTOMERS; c++) {
      for (long no = 0; no < PER_CUSTOMER; no++) {
        all.add(parcel(c, no));
      }
    }
    parcels.batchSave(all);
  }

  private static String id(Parcel p) {
    return p.customerId() + "/" + p.no();
  }

  private static void assertEachOnce(Stream<Parcel> scan) {
    List<String> ids = scan.map(ScanAndPageTest::id).toList();
    assertEquals(CUSTOMERS * PER_CUSTOMER, ids.size());
    assertEquals(CUSTOMERS * PER_CUSTOMER, new HashSet<>(ids).size());
  }

  @Test
  void serialScanReturnsEveryItemExactlyOnce() {
    try (Stream<Parcel> all = parcels.scan()) {
      assertEachOnce(all);
    }
  }

  @Test
  void parallelScanOfEightSegmentsReturnsEveryItemExactlyOnce() {
    try (Stream<Parcel> all = parcels.scan(ScanOptions.defaults().segments(8))) {
      assertEachOnce(all);
    }
  }

  @Test
  void scanSegmentsTogetherReturnEveryItemExactlyOnce() {
    assertEachOnce(Stream.of(0, 1, 2).flatMap(s -> parcels.scanSegment(s, 3)));
  }

  @Test
  void aSlowConsumerHoldsBackAParallelScanToTheDocumentedBound() throws InterruptedException {
    int workers = Math.min(db.concurrency(), 8);
    long boundItems = (2L * workers + 1) * PAGE_SIZE;
    itemsFetched.set(0);
    lastItemsOfSegment.clear();
    long consumed = 0;
    long largestGap = 0;
    try (Stream<Parcel> all = parcels.scan(ScanOptions.defaults().segments(8)
        .pageSize(PAGE_SIZE))) {
      var it = all.iterator();
      while (it.hasNext() && consumed < 6_000) {
        it.next();
        consumed++;
        if (consumed % 200 == 0) {
          Thread.sleep(20); // a slow consumer: the workers must wait for it
        }
        largestGap = Math.max(largestGap, itemsFetched.get() - consumed);
      }
    }
    assertTrue(largestGap <= boundItems, "held " + largestGap + " items, bound " + boundItems);
    assertTrue(largestGap >= PAGE_SIZE, "the workers did read ahead: " + largestGap);
    assertTrue(itemsFetched.get() < CUSTOMERS * PER_CUSTOMER, "stopped after close");
  }

  @Test
  void countsMatchThePlainClient() {
    assertEquals(plainCount(null), parcels.count());
    assertEquals(CUSTOMERS * PER_CUSTOMER, parcels.count());
    assertEquals(plainCount("S3"), parcels.count(status.eq("S3")));
    assertEquals(PER_CUSTOMER, parcels.byWeight().count("c-4"));
  }

  private long plainCount(String statusValue) {
    long total = 0;
    Map<String, AttributeValue> start = null;
    do {
      var request = software.amazon.awssdk.services.dynamodb.model.ScanRequest.builder()
          .tableName(parcels.tableName()).select(Select.COUNT).exclusiveStartKey(start);
      if (statusValue != null) {
        request.filterExpression("#s = :s").expressionAttributeNames(Map.of("#s", "status"))
            .expressionAttributeValues(Map.of(":s", AttributeValue.fromS(statusValue)));
      }
      var response = client.scan(request.build());
      total += response.count();
      start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
          ? response.lastEvaluatedKey() : null;
    } while (start != null);
    return total;
  }

  @Test
  void pagesOfAFilteredQueryAreFullAndReturnEveryMatchOnce() {
    QueryOptions evenOnly = QueryOptions.filter(parity.eq(0));
    List<Long> seen = new ArrayList<>();
    Page<Parcel> page = parcels.queryPage("c-3", evenOnly, PageRequest.first(37));
    int pages = 1;
    while (true) {
      seen.addAll(page.items().stream().map(Parcel::no).toList());
      if (!page.hasMore()) {
        break;
      }
      assertEquals(37, page.items().size(), "a page before the last is full");
      page = parcels.queryPage("c-3", evenOnly, PageRequest.after(page.cursor(), 37));
      pages++;
    }
    assertEquals(PER_CUSTOMER / 2, seen.size());
    assertEquals(PER_CUSTOMER / 2, new HashSet<>(seen).size());
    assertTrue(seen.stream().allMatch(no -> no % 2 == 0));
    assertEquals((PER_CUSTOMER / 2 + 36) / 37, pages);
  }

  @Test
  void pagesOfAFilteredScanAreFullAndReturnEveryMatchOnce() {
    ScanOptions rare = ScanOptions.filter(ParcelAttributes.tag.eq("rare"));
    Set<String> seen = new HashSet<>();
    Page<Parcel> page = parcels.scanPage(rare, PageRequest.first(7));
    int total = 0;
    while (true) {
      total += page.items().size();
      page.items().forEach(p -> seen.add(id(p)));
      if (!page.hasMore()) {
        break;
      }
      assertEquals(7, page.items().size());
      page = parcels.scanPage(rare, PageRequest.after(page.cursor(), 7));
    }
    assertEquals(CUSTOMERS * PER_CUSTOMER / 100, total);
    assertEquals(total, seen.size());
  }

  @Test
  void aPageEndingExactlyAtTheEndHasNoCursor() {
    Page<Parcel> all = parcels.queryPage("c-1", SortKey.lt(10L), PageRequest.first(10));
    assertEquals(10, all.items().size());
    assertNull(all.cursor());
    assertFalse(all.hasMore());
  }

  @Test
  void cursorsFromAnotherQueryOrTableOrAlteredAreRefused() {
    Page<Parcel> first = parcels.queryPage("c-2", PageRequest.first(5));
    String cursor = first.cursor();
    assertNotNull(cursor);
    // the same read accepts it
    assertEquals(5, parcels.queryPage("c-2", PageRequest.after(cursor, 5)).items().size());

    IllegalArgumentException otherPartition = assertThrows(IllegalArgumentException.class,
        () -> parcels.queryPage("c-5", PageRequest.after(cursor, 5)));
    assertTrue(otherPartition.getMessage().contains("belongs to another read"),
        otherPartition.getMessage());
    assertThrows(IllegalArgumentException.class, () -> parcels.queryPage("c-2",
        QueryOptions.filter(parity.eq(1)), PageRequest.after(cursor, 5)));
    assertThrows(IllegalArgumentException.class,
        () -> parcels.byWeight().queryPage("c-2", PageRequest.after(cursor, 5)));

    char last = cursor.charAt(cursor.length() / 2);
    String altered = cursor.substring(0, cursor.length() / 2) + (last == 'A' ? 'B' : 'A')
        + cursor.substring(cursor.length() / 2 + 1);
    IllegalArgumentException tampered = assertThrows(IllegalArgumentException.class,
        () -> parcels.queryPage("c-2", PageRequest.after(altered, 5)));
    assertTrue(tampered.getMessage().contains("altered"), tampered.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> parcels.queryPage("c-2", PageRequest.after("not a cursor!", 5)));

    // Another table (another prefix) with the same key: the read differs, so the cursor does.
    ParcelRepository elsewhere = new ParcelRepository(Dynabind.builder().client(client)
        .tableNamePrefix(TestClients.uniquePrefix()).requireBatchContext(false).build());
    IllegalArgumentException otherTable = assertThrows(IllegalArgumentException.class,
        () -> elsewhere.queryPage("c-2", PageRequest.after(cursor, 5)));
    assertTrue(otherTable.getMessage().contains(elsewhere.tableName()), otherTable.getMessage());
  }

  @Test
  void aSharedCursorKeyMakesCursorsValidAcrossInstances() {
    byte[] key = "0123456789abcdef0123456789abcdef".getBytes();
    String prefix = db.tableNamePrefix();
    ParcelRepository one = new ParcelRepository(Dynabind.builder().client(client)
        .tableNamePrefix(prefix).cursorKey(key).requireBatchContext(false).build());
    ParcelRepository two = new ParcelRepository(Dynabind.builder().client(client)
        .tableNamePrefix(prefix).cursorKey(key).requireBatchContext(false).build());
    Page<Parcel> first = one.queryPage("c-7", PageRequest.first(3));
    Page<Parcel> second = two.queryPage("c-7", PageRequest.after(first.cursor(), 3));
    assertEquals(List.of(3L, 4L, 5L), second.items().stream().map(Parcel::no).toList());
    assertThrows(IllegalArgumentException.class, () -> parcels.queryPage("c-7",
        PageRequest.after(first.cursor(), 3)), "a random default key refuses it");
  }
}
