package dev.dynabind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynabind.runtime.Dynabind;
import dev.dynabind.runtime.SortKey;
import dev.dynabind.testing.DynamoDbExtension;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Composite keys: get by key record, and queries of one partition in sort key order. */
@ExtendWith(DynamoDbExtension.class)
class QueryTest {
  private final DynamoDbClient client;
  private EventRepository events;
  private NoteRepository notes;

  QueryTest(DynamoDbClient client) {
    this.client = client;
  }

  @BeforeEach
  void createTables() {
    Dynabind db = Databases.fresh(client);
    events = new EventRepository(db);
    notes = new NoteRepository(db);
    events.createTable();
    notes.createTable();
    for (long seq = 1; seq <= 10; seq++) {
      events.save(new Event("s-1", seq, "p" + seq));
    }
    events.save(new Event("s-2", 5L, "other stream"));
    for (String path : List.of("a/1", "a/2", "a/b/3", "b/1", "ab")) {
      notes.save(new Note("me", path, "body of " + path));
    }
    notes.save(new Note("you", "a/1", "not mine"));
  }

  private static List<Long> seqs(Stream<Event> events) {
    return events.map(Event::seq).collect(Collectors.toList());
  }

  private static List<String> paths(Stream<Note> notes) {
    return notes.map(Note::path).collect(Collectors.toList());
  }

  private static List<Long> range(long from, long to) {
    return LongStream.rangeClosed(from, to).boxed().collect(Collectors.toList());
  }

  @Test
  void getByCompositeKeyFindsExactlyThatItem() {
    assertEquals(Optional.of(new Event("s-1", 3L, "p3")), events.get(new EventKey("s-1", 3L)));
    assertEquals(Optional.of(new Event("s-2", 5L, "other stream")),
        events.get(new EventKey("s-2", 5L)));
    assertEquals(Optional.empty(), events.get(new EventKey("s-2", 3L)));
  }

  @Test
  void keyOfAnItemIsTheGeneratedKeyRecord() {
    assertEquals(new EventKey("s-1", 3L), events.codec().keyOf(new Event("s-1", 3L, "p3")));
  }

  @Test
  void queryOfAPartitionReturnsOnlyItsItemsInSortKeyOrder() {
    assertEquals(range(1, 10), seqs(events.query("s-1")));
    assertEquals(List.of(5L), seqs(events.query("s-2")));
    assertEquals(List.of(), seqs(events.query("nobody")));
  }

  @Test
  void numberSortKeysCompareNumericallyNotAsText() {
    // 10 > 9 as numbers; as text "10" < "9".
    assertEquals(List.of(9L, 10L), seqs(events.query("s-1", SortKey.ge(9L))));
  }

  @Test
  void queryWithSortKeyConditions() {
    assertEquals(range(3, 6), seqs(events.query("s-1", SortKey.between(3L, 6L))));
    assertEquals(List.of(4L), seqs(events.query("s-1", SortKey.eq(4L))));
    assertEquals(range(1, 3), seqs(events.query("s-1", SortKey.lt(4L))));
    assertEquals(range(1, 4), seqs(events.query("s-1", SortKey.le(4L))));
    assertEquals(range(8, 10), seqs(events.query("s-1", SortKey.gt(7L))));
    assertEquals(range(7, 10), seqs(events.query("s-1", SortKey.ge(7L))));
  }

  @Test
  void beginsWithMatchesStringSortKeyPrefixes() {
    assertEquals(List.of("a/1", "a/2", "a/b/3"), paths(notes.query("me", SortKey.beginsWith("a/"))));
    assertEquals(List.of("a/1", "a/2", "a/b/3", "ab"),
        paths(notes.query("me", SortKey.beginsWith("a"))));
    assertEquals(List.of("a/1"), paths(notes.query("you", SortKey.beginsWith("a"))));
  }

  @Test
  void stringSortKeysCompareAsText() {
    assertEquals(List.of("a/2", "a/b/3", "ab"),
        paths(notes.query("me", SortKey.between("a/2", "ab"))));
  }

  @Test
  void beginsWithOnANumberSortKeyIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> events.query("s-1", SortKey.beginsWith(1L)).count());
    assertTrue(e.getMessage().contains("seq"), e.getMessage());
  }

  @Test
  void queryReadsEveryPageOfALargePartition() {
    String big = "x".repeat(20_000);
    for (long seq = 100; seq < 180; seq++) {
      events.save(new Event("big", seq, big));
    }
    // 80 items of 20 KB exceed one 1 MB query page.
    assertEquals(range(100, 179), seqs(events.query("big")));
  }

  @Test
  void deleteByCompositeKeyRemovesOnlyThatItem() {
    events.delete(new EventKey("s-1", 5L));

    assertEquals(List.of(1L, 2L, 3L, 4L, 6L, 7L, 8L, 9L, 10L), seqs(events.query("s-1")));
    assertTrue(events.get(new EventKey("s-2", 5L)).isPresent());
  }
}
