package dev.dynabind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynabind.runtime.BatchWriteOptions;
import dev.dynabind.runtime.Dynabind;
import dev.dynabind.runtime.VersionConflictException;
import dev.dynabind.testing.DynamoDbExtension;
import dev.dynabind.testing.MutableClock;
import dev.dynabind.testing.TestClients;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/** Generated ids, timestamps from the injected clock, versions and TTL against DynamoDB Local. */
@ExtendWith(DynamoDbExtension.class)
class LifecycleTest {
  private static final Instant START = Instant.parse("2026-03-01T09:00:00.250Z");

  private final DynamoDbClient client;
  private final MutableClock clock = new MutableClock(START);
  private DocRepository docs;
  private MemoRepository memos;

  LifecycleTest(DynamoDbClient client) {
    this.client = client;
  }

  @BeforeEach
  void setUp() {
    Dynabind db = Dynabind.builder().client(client).tableNamePrefix(TestClients.uniquePrefix())
        .requireBatchContext(false).clock(clock).build();
    docs = new DocRepository(db);
    memos = new MemoRepository(db);
    docs.createTable();
    memos.createTable();
  }

  @Test
  void saveFillsTheIdAndTimestampsFromTheClockAndStartsTheVersionAtOne() {
    Doc stored = docs.save(new Doc(null, "draft", null, null, null, null));
    assertNotNull(stored.id());
    UUID id = UUID.fromString(stored.id());
    assertEquals(7, id.version());
    assertEquals(START.toEpochMilli(), id.getMostSignificantBits() >>> 16);
    assertEquals(START, stored.createdAt());
    assertEquals(START, stored.updatedAt());
    assertEquals(1L, stored.version());
    assertEquals(stored, docs.get(stored.id()).orElseThrow());
  }

  @Test
  void aLaterSaveKeepsTheCreationTimeSetsTheUpdateTimeAndAdvancesTheVersion() {
    Doc first = docs.save(new Doc(null, "draft", null, null, null, null));
    clock.advance(Duration.ofMinutes(5));
    Doc second = docs.save(first.withTitle("final"));
    assertEquals(first.id(), second.id());
    assertEquals(START, second.createdAt());
    assertEquals(START.plus(Duration.ofMinutes(5)), second.updatedAt());
    assertEquals(2L, second.version());
    assertEquals(second, docs.get(first.id()).orElseThrow());
  }

  @Test
  void aStaleVersionIsRefusedNamingTheKeyAndBothVersions() {
    Doc first = docs.save(new Doc("d-1", "a", null, null, null, null));
    docs.save(first.withTitle("b"));
    VersionConflictException e =
        assertThrows(VersionConflictException.class, () -> docs.save(first.withTitle("c")));
    assertEquals(OptionalLong.of(1), e.expectedVersion());
    assertEquals(OptionalLong.of(2), e.storedVersion());
    assertEquals("version conflict on {id=S:d-1} in table '" + docs.tableName()
        + "': the write expected version 1, but version 2 is stored; nothing was written",
        e.getMessage());
    assertEquals("b", docs.get("d-1").orElseThrow().title());
  }

  @Test
  void aNewItemIsRefusedWhenOneWithAVersionIsStored() {
    docs.save(new Doc("d-2", "a", null, null, null, null));
    VersionConflictException e = assertThrows(VersionConflictException.class,
        () -> docs.save(new Doc("d-2", "again", null, null, null, null)));
    assertEquals(OptionalLong.empty(), e.expectedVersion());
    assertEquals(OptionalLong.of(1), e.storedVersion());
    assertTrue(e.getMessage().contains("expected no stored version"), e.getMessage());
  }

  @Test
  void aVersionDeletedMeanwhileIsReportedAsNoItem() {
    Doc first = docs.save(new Doc("d-3", "a", null, null, null, null));
    docs.delete("d-3");
    VersionConflictException e =
        assertThrows(VersionConflictException.class, () -> docs.save(first.withTitle("b")));
    assertTrue(e.storedVersionKnown());
    assertEquals(OptionalLong.empty(), e.storedVersion());
  }

  @Test
  void batchSaveReturnsTheStoredRecordsInInputOrder() {
    List<Memo> input = List.of(new Memo(null, "one", null, 0L), new Memo(null, "two", null, 0L),
        new Memo(null, "three", null, 0L));
    List<Memo> stored = memos.batchSave(input);
    assertEquals(3, stored.size());
    for (int i = 0; i < 3; i++) {
      assertEquals(input.get(i).text(), stored.get(i).text());
      assertEquals(START, stored.get(i).createdAt());
      assertEquals(stored.get(i), memos.get(stored.get(i).id()).orElseThrow());
    }
    assertTrue(stored.get(0).id().compareTo(stored.get(1).id()) < 0);
    assertTrue(stored.get(1).id().compareTo(stored.get(2).id()) < 0);
  }

  @Test
  void batchPutsToAVersionedTableAreRefusedUnlessTheCallSkipsTheCheck() {
    List<Doc> batch = List.of(new Doc("b-1", "x", null, null, null, null));
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> docs.batchSave(batch));
    assertTrue(refused.getMessage().contains("use save(item) for each item"),
        refused.getMessage());
    assertTrue(refused.getMessage().contains("BatchWriteOptions.skipVersionCheck()"));
    assertThrows(IllegalArgumentException.class, () -> docs.batchSave(batch.stream()));
    assertFalse(docs.get("b-1").isPresent(), "nothing was sent");

    List<Doc> stored = docs.batchSave(batch, BatchWriteOptions.skipVersionCheck());
    assertEquals(1L, stored.get(0).version());
    docs.batchSave(Stream.of(stored.get(0).withTitle("y")), BatchWriteOptions.skipVersionCheck());
    assertEquals(2L, docs.get("b-1").orElseThrow().version());
  }

  @Test
  void createTableEnablesTtlOnTheTtlAttributeStoredAsEpochSeconds() {
    // Far ahead of the real clock, which DynamoDB Local's TTL deletion reads.
    Instant expiry = Instant.parse("2099-03-02T00:00:00.900Z");
    docs.save(new Doc("t-1", "x", null, null, null, expiry));
    Map<String, AttributeValue> raw = client.getItem(b -> b.tableName(docs.tableName())
        .key(Map.of("id", AttributeValue.fromS("t-1")))).item();
    assertEquals(Long.toString(expiry.getEpochSecond()), raw.get("expiresAt").n());
    assertEquals(expiry.getEpochSecond(),
        docs.get("t-1").orElseThrow().expiresAt().getEpochSecond());
    var ttl = client.describeTimeToLive(b -> b.tableName(docs.tableName()))
        .timeToLiveDescription();
    assertEquals(TimeToLiveStatus.ENABLED, ttl.timeToLiveStatus());
    assertEquals("expiresAt", ttl.attributeName());

    memos.save(new Memo(null, "m", null, 4_000_000_000L));
    assertEquals("expiresAtSeconds", client.describeTimeToLive(b -> b.tableName(
        memos.tableName())).timeToLiveDescription().attributeName());
  }

  @Test
  void readsReturnItemsThatExpiredButAreNotYetDeleted() {
    // Expired by the Dynabind clock, not yet by the real clock DynamoDB Local's TTL deletion
    // reads: what a read sees between expiry and DynamoDB's deletion.
    clock.set(Instant.parse("2100-01-01T00:00:00Z"));
    Instant expired = Instant.parse("2099-06-01T00:00:00Z");
    docs.save(new Doc("t-2", "x", null, null, null, expired));
    assertEquals(expired, docs.get("t-2").orElseThrow().expiresAt());
    assertEquals(1, docs.batchGet(List.of("t-2")).size());
  }

  @Test
  void aTtlInstantReadsBackTruncatedToTheSecond() {
    Instant expiry = Instant.parse("2099-03-02T00:00:00.900Z");
    Doc stored = docs.save(new Doc("t-3", "x", null, null, null, expiry));
    assertEquals(expiry, stored.expiresAt(), "save returns the record as given");
    assertEquals(Instant.parse("2099-03-02T00:00:00Z"),
        docs.get("t-3").orElseThrow().expiresAt());
  }
}
