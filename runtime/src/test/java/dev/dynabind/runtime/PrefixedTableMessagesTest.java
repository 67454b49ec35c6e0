package dev.dynabind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynabind.runtime.spi.Encoders;
import dev.dynabind.testing.TestClients;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Every message names the table as requests name it, prefix included, and never also by its
 * bare {@code @Table} name: the codec's key checks, batch elements, the locked repository's
 * constructor and a query's {@code beginsWith} on a number sort key. Nothing is sent for any of
 * them, so no table is created.
 */
class PrefixedTableMessagesTest {
  private static final DynamoDbClient CLIENT = TestClients.client();
  private static final Dynabind DB = Dynabind.builder().client(CLIENT)
      .tableNamePrefix(TestClients.uniquePrefix()).build();
  private static final ItemRepository ITEMS = new ItemRepository(DB);

  @AfterAll
  static void close() {
    CLIENT.close();
  }

  /** Line's sort key {@code no} is a number. */
  private static final class NumberSortLines extends Repository<Line, Line.Key> {
    NumberSortLines() {
      super(DB, LineCodec.INSTANCE);
    }

    List<Line> startingWith(String order, int prefix) {
      return this.<Integer>queryPartition(Encoders.string(order), SortKey.beginsWith(prefix),
          Encoders::number).toList();
    }
  }

  private static void assertNamesOnlyThePrefixedTable(String table, Executable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    String bare = table.substring(DB.tableNamePrefix().length());
    assertTrue(e.getMessage().contains("table '" + table + "'"), e.getMessage());
    assertFalse(e.getMessage().contains("'" + bare + "'"), e.getMessage());
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      assertFalse(String.valueOf(cause.getMessage()).contains("'" + bare + "'"), cause.toString());
    }
  }

  @Test
  void emptyOrNullKeyOfASingleCallNamesThePrefixedTable() {
    assertNamesOnlyThePrefixedTable(ITEMS.tableName(), () -> ITEMS.get(""));
    assertNamesOnlyThePrefixedTable(ITEMS.tableName(), () -> ITEMS.save(new Item(null, 1, "p")));
    assertNamesOnlyThePrefixedTable(ITEMS.tableName(), () -> ITEMS.delete(""));
  }

  @Test
  void emptyKeyOfABatchElementNamesThePrefixedTableOnce() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ITEMS.batchSave(List.of(new Item("a", 1, "p"), new Item("", 2, "q"))));
    assertTrue(e.getMessage().startsWith("Batch element #1 for table '" + ITEMS.tableName()
        + "': Key component 'id' of table '" + ITEMS.tableName() + "' is empty"), e.getMessage());
    assertNamesOnlyThePrefixedTable(ITEMS.tableName(),
        () -> ITEMS.batchGet(List.of("a", "")));
  }

  @Test
  void lockedRepositoryOfATableWithoutLockedByNamesThePrefixedTable() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new LockedRepository<Item, String>(DB, ItemCodec.PLAIN) {});
    assertEquals("table '" + DB.tableNamePrefix() + "items' has no @LockedBy configuration",
        e.getMessage());
  }

  @Test
  void beginsWithOnANumberSortKeyNamesThePrefixedTable() {
    NumberSortLines lines = new NumberSortLines();
    assertNamesOnlyThePrefixedTable(lines.tableName(), () -> lines.startingWith("o-1", 1));
  }
}
