package dev.dynabind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynabind.runtime.BatchWriteOptions;
import dev.dynabind.runtime.ConditionFailedException;
import dev.dynabind.runtime.Dynabind;
import dev.dynabind.runtime.VersionConflictException;
import dev.dynabind.runtime.expression.Condition;
import dev.dynabind.runtime.expression.Update;
import dev.dynabind.testing.MutableClock;
import dev.dynabind.testing.RequestCounter;
import dev.dynabind.testing.TestClients;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Updates, deletes, version conflicts and restores on lifecycle tables against DynamoDB Local:
 * every UpdateItem stamps {@code @UpdatedAt}, creates {@code @CreatedAt} and a non-key
 * {@code @GeneratedId} only with the item, and advances {@code @Version} without checking it.
 */
class LifecycleUpdateTest {
  private static final Instant START = Instant.parse("2026-03-01T09:00:00.250Z");
  private static final Duration LATER = Duration.ofMinutes(5);

  private final RequestCounter counter = new RequestCounter();
  private final MutableClock clock = new MutableClock(START);
  private DynamoDbClient client;
  private Dynabind db;
  private DocRepository docs;
  private TicketRepository tickets;

  @BeforeEach
  void setUp() {
    client = TestClients.client(counter);
    db = Dynabind.builder().client(client).tableNamePrefix(TestClients.uniquePrefix())
        .requireBatchContext(false).clock(clock).build();
    docs = new DocRepository(db);
    tickets = new TicketRepository(db);
    docs.createTable();
    tickets.createTable();
    counter.reset();
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  @Test
  void anUpdateSetsTheUpdateTimeKeepsTheCreationTimeAndAdvancesTheVersion() {
    Doc saved = docs.save(new Doc(null, "draft", null, null, null, null));
    clock.advance(LATER);
    Doc updated = docs.update(saved.id(), Update.of(DocAttributes.title.set("final")));
    assertEquals(new Doc(saved.id(), "final", START, START.plus(LATER), 2L, null), updated);
    assertEquals(updated, docs.get(saved.id()).orElseThrow());
    // The version the update stored is the one the next save must carry.
    assertEquals(3L, docs.save(updated.withTitle("again")).version());
  }

  @Test
  void anUpdateThatCreatesTheItemSetsTheCreationTimeTheIdAndVersionOne() {
    Ticket created = tickets.update("t-1", Update.of(TicketAttributes.state.set("open")));
    assertEquals(START, created.createdAt());
    assertEquals(START, created.updatedAt());
    assertEquals(1, created.version());
    assertNotNull(created.ref());
    UUID ref = UUID.fromString(created.ref());
    assertEquals(7, ref.version());
    assertEquals(START.toEpochMilli(), ref.getMostSignificantBits() >>> 16);

    clock.advance(LATER);
    Ticket second = tickets.update("t-1", Update.of(TicketAttributes.state.set("closed")));
    assertEquals(new Ticket("t-1", created.ref(), "closed", START, START.plus(LATER), 2), second);
    assertEquals(second, tickets.get("t-1").orElseThrow());
  }

  @Test
  void aTransactionUpdateStampsAsAnUpdateDoes() {
    Doc saved = docs.save(new Doc(null, "draft", null, null, null, null));
    clock.advance(LATER);
    db.transaction().update(docs, saved.id(), Update.of(DocAttributes.title.set("final")))
        .update(tickets, "t-9", Update.of(TicketAttributes.state.set("open"))).commit();
    assertEquals(new Doc(saved.id(), "final", START, START.plus(LATER), 2L, null),
        docs.get(saved.id()).orElseThrow());
    Ticket created = tickets.get("t-9").orElseThrow();
    assertEquals(START.plus(LATER), created.createdAt());
    assertEquals(1, created.version());
    assertNotNull(created.ref());
    assertThrows(IllegalArgumentException.class, () -> db.transaction()
        .update(docs, saved.id(), Update.of(DocAttributes.version.set(9L))));
  }

  @Test
  void anUpdateAdvancesTheVersionWithoutCheckingItUnlessTheCallerConditionsOnIt() {
    Doc read = docs.save(new Doc("d-1", "a", null, null, null, null));
    docs.update("d-1", Update.of(DocAttributes.title.set("b")));
    docs.update("d-1", Update.of(DocAttributes.title.set("c")));
    assertEquals(3L, docs.get("d-1").orElseThrow().version());

    ConditionFailedException e = assertThrows(ConditionFailedException.class,
        () -> docs.update("d-1", Update.of(DocAttributes.title.set("stale")),
            DocAttributes.version.eq(read.version())));
    assertEquals(3L, e.item(docs).orElseThrow().version());
    Doc current = docs.update("d-1", Update.of(DocAttributes.title.set("d")),
        DocAttributes.version.eq(3L).and(Condition.ifPresent()));
    assertEquals(4L, current.version());
    assertEquals("d", current.title());
  }

  @Test
  void anUpdateMayNotChangeWhatTheLifecycleSets() {
    assertRefusedBeforeSending("'version', the @Version attribute",
        () -> docs.update("d-2", Update.of(DocAttributes.version.add(5L))));
    assertRefusedBeforeSending("'updatedAt', the @UpdatedAt attribute",
        () -> docs.update("d-2", Update.of(DocAttributes.title.set("x"),
            DocAttributes.updatedAt.set(START))));
    assertRefusedBeforeSending("'createdAt', the @CreatedAt attribute",
        () -> docs.update("d-2", Update.of(DocAttributes.createdAt.remove()),
            Condition.ifPresent()));
    assertRefusedBeforeSending("'ref', the @GeneratedId attribute",
        () -> tickets.update("t-2", Update.of(TicketAttributes.ref.set("mine"))));
    assertRefusedBeforeSending("'version', the @Version attribute",
        () -> tickets.updateAll(List.of("t-3", "t-4"),
            Update.of(TicketAttributes.version.set(9))));
    // The TTL is the caller's to set (stored as epoch seconds, so it reads back truncated).
    Doc expiring = docs.update("d-2", Update.of(DocAttributes.expiresAt.set(START.plus(LATER))));
    assertEquals(START.plus(LATER).truncatedTo(ChronoUnit.SECONDS), expiring.expiresAt());
  }

  @Test
  void updateAllStampsEveryItemWithOneInstantAndItsOwnId() {
    tickets.save(new Ticket("t-old", null, "open", null, null, 0));
    clock.advance(LATER);
    List<String> codes = List.of("t-old", "t-a", "t-b", "t-c");
    tickets.updateAll(codes, Update.of(TicketAttributes.state.set("done")));
    Set<String> refs = new HashSet<>();
    for (String code : codes) {
      Ticket ticket = tickets.get(code).orElseThrow();
      assertEquals("done", ticket.state());
      assertEquals(START.plus(LATER), ticket.updatedAt());
      refs.add(ticket.ref());
    }
    assertEquals(4, refs.size(), "each item has its own id: " + refs);
    Ticket old = tickets.get("t-old").orElseThrow();
    assertEquals(START, old.createdAt());
    assertEquals(2, old.version());
    Ticket created = tickets.get("t-a").orElseThrow();
    assertEquals(START.plus(LATER), created.createdAt());
    assertEquals(1, created.version());
  }

  @Test
  void aVersionConflictCarriesTheItemAsItWas() {
    Doc first = docs.save(new Doc("d-3", "a", null, null, null, null));
    clock.advance(LATER);
    Doc second = docs.save(first.withTitle("b"));
    VersionConflictException stale =
        assertThrows(VersionConflictException.class, () -> docs.save(first.withTitle("c")));
    assertTrue(stale.hasItem());
    assertEquals(second, stale.item(docs).orElseThrow());
    assertFalse(stale.getMessage().contains("\"b\"") || stale.getMessage().contains("S:b"),
        stale.getMessage());

    docs.delete("d-3");
    VersionConflictException gone =
        assertThrows(VersionConflictException.class, () -> docs.save(second.withTitle("d")));
    assertFalse(gone.hasItem());
    assertTrue(gone.item(docs).isEmpty());
  }

  @Test
  void aDeleteIsNotVersionCheckedUnlessTheCallerConditionsOnTheVersion() {
    Doc first = docs.save(new Doc("d-4", "a", null, null, null, null));
    docs.save(first.withTitle("b"));
    ConditionFailedException e = assertThrows(ConditionFailedException.class,
        () -> docs.delete("d-4", DocAttributes.version.eq(first.version())));
    assertFalse(e instanceof VersionConflictException, "a caller's condition, not a version check");
    assertTrue(docs.get("d-4").isPresent());
    docs.delete("d-4");
    assertTrue(docs.get("d-4").isEmpty());
  }

  @Test
  void aRestoreStoresItemsExactlyAsGivenOnAVersionedTable() {
    Instant created = Instant.parse("2024-01-02T03:04:05Z");
    Instant updated = Instant.parse("2025-06-07T08:09:10Z");
    Doc backup = new Doc("d-5", "kept", created, updated, 7L, null);
    Doc unversioned = new Doc("d-6", "old", null, null, null, null);
    clock.advance(LATER);
    List<Doc> stored = docs.batchSave(List.of(backup, unversioned), BatchWriteOptions.restore());
    assertEquals(List.of(backup, unversioned), stored);
    assertEquals(backup, docs.get("d-5").orElseThrow());
    assertEquals(unversioned, docs.get("d-6").orElseThrow());
    // The restored versions are the ones the next saves must carry.
    assertEquals(8L, docs.save(backup.withTitle("next")).version());
    assertEquals(1L, docs.save(unversioned.withTitle("next")).version());
    assertThrows(IllegalArgumentException.class, () -> docs.batchSave(
        List.of(new Doc(null, "no id", null, null, null, null)), BatchWriteOptions.restore()));
  }

  @Test
  void idsOfUpdatesAreDistinctFromThoseOfSaves() {
    Ticket saved = tickets.save(new Ticket("t-9", null, "open", null, null, 0));
    Ticket other = tickets.update("t-10", Update.of(TicketAttributes.state.set("open")));
    assertNotEquals(saved.ref(), other.ref());
    assertTrue(saved.ref().compareTo(other.ref()) < 0, "sortable by creation");
  }

  private void assertRefusedBeforeSending(String expected, Executable call) {
    counter.reset();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertTrue(e.getMessage().contains(expected), e.getMessage());
    assertTrue(e.getMessage().contains("table '" + docs.tableName().replace("docs", "")),
        e.getMessage());
    assertEquals(0, counter.total(), "requests sent: " + counter.snapshot());
  }
}
