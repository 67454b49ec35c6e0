package dev.dynabind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynabind.runtime.Dynabind;
import dev.dynabind.testing.RequestCounter;
import dev.dynabind.testing.TestClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** A null or empty key is the caller's mistake: rejected naming the component, nothing sent. */
class KeyValidationTest {
  private final RequestCounter counter = new RequestCounter();
  private DynamoDbClient client;
  private ScalarsRepository scalars;
  private EventRepository events;
  private NoteRepository notes;
  private RenamedRepository renamed;

  @BeforeEach
  void createTables() {
    client = TestClients.client(counter);
    Dynabind db = Databases.fresh(client);
    scalars = new ScalarsRepository(db);
    events = new EventRepository(db);
    notes = new NoteRepository(db);
    renamed = new RenamedRepository(db);
    scalars.createTable();
    events.createTable();
    notes.createTable();
    renamed.createTable();
    counter.reset();
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  private void assertRejectedBeforeSending(String component, Executable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertTrue(e.getMessage().contains("'" + component + "'"), e.getMessage());
    assertEquals(0, counter.total(), "requests sent: " + counter.snapshot());
  }

  @Test
  void nullPartitionKeyIsRejectedOnGetSaveAndDeleteWithoutSendingARequest() {
    assertRejectedBeforeSending("id", () -> scalars.get(null));
    assertRejectedBeforeSending("id", () -> scalars.getAsync(null));
    assertRejectedBeforeSending("id", () -> scalars.delete(null));
    assertRejectedBeforeSending("id", () -> scalars.save(Scalars.onlyKey(null)));
  }

  @Test
  void emptyStringPartitionKeyIsRejectedWithoutSendingARequest() {
    assertRejectedBeforeSending("id", () -> scalars.get(""));
    assertRejectedBeforeSending("id", () -> scalars.delete(""));
    assertRejectedBeforeSending("id", () -> scalars.save(Scalars.onlyKey("")));
  }

  @Test
  void nullOrEmptySortKeyIsRejectedNamingTheSortComponent() {
    assertRejectedBeforeSending("path", () -> notes.get(new NoteKey("me", null)));
    assertRejectedBeforeSending("path", () -> notes.get(new NoteKey("me", "")));
    assertRejectedBeforeSending("path", () -> notes.save(new Note("me", "", "body")));
    assertRejectedBeforeSending("owner", () -> notes.save(new Note(null, "a/b", "body")));
    assertRejectedBeforeSending("stream", () -> events.get(new EventKey("", 1L)));
    assertRejectedBeforeSending("stream", () -> events.delete(new EventKey(null, 1L)));
  }

  @Test
  void renamedKeyIsRejectedNamingTheComponent() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> renamed.get(""));
    assertTrue(e.getMessage().contains("'id'") || e.getMessage().contains("'pk'"), e.getMessage());
    assertEquals(0, counter.total());
  }

  @Test
  void validKeysAreSent() {
    scalars.get("present");
    notes.get(new NoteKey("me", "a"));

    assertEquals(2, counter.count("GetItem"));
  }
}
