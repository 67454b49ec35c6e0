package dev.dynabind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynabind.testing.TestClients;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * Batch calls on a table that does not exist keep their report of what was not applied
 * ({@link UnprocessedItemsException}) and say why: the cause is a {@link TableNotFoundException}
 * naming the prefixed table, and the message carries its hint.
 */
class BatchTableNotFoundTest {
  private static final DynamoDbClient CLIENT = TestClients.client();
  private static final Dynabind DB = Dynabind.builder().client(CLIENT)
      .tableNamePrefix(TestClients.uniquePrefix()).build();
  private static final ItemRepository ITEMS = new ItemRepository(DB);

  @AfterAll
  static void close() {
    CLIENT.close();
  }

  private static UnprocessedItemsException assertMissingTable(Executable call) {
    UnprocessedItemsException e = assertThrows(UnprocessedItemsException.class, call);
    TableNotFoundException missing = assertInstanceOf(TableNotFoundException.class, e.getCause());
    assertEquals(ITEMS.tableName(), missing.tableName());
    assertTrue(ITEMS.tableName().startsWith(DB.tableNamePrefix()));
    assertInstanceOf(ResourceNotFoundException.class, missing.getCause());
    assertTrue(e.getMessage().contains("'" + ITEMS.tableName() + "' does not exist"),
        e.getMessage());
    assertTrue(e.getMessage().contains("createTable()"), e.getMessage());
    assertEquals(1, e.attempts(), "a missing table is not retried");
    return e;
  }

  @Test
  void batchGetOnAMissingTableReportsTheKeysWithTableNotFoundAsCause() {
    UnprocessedItemsException e = assertMissingTable(() -> ITEMS.batchGet(List.of("a", "b")));
    assertEquals(List.of("a", "b"), e.keysOf(ITEMS));
  }

  @Test
  void batchSaveOnAMissingTableReportsTheItemsWithTableNotFoundAsCause() {
    List<Item> items = List.of(new Item("a", 1, "p"), new Item("b", 2, "q"));
    UnprocessedItemsException e = assertMissingTable(() -> ITEMS.batchSave(items));
    assertEquals(items, e.itemsOf(ITEMS));
    assertMissingTable(() -> DB.batchWrite().delete(ITEMS, "a").execute());
  }

  @Test
  void streamReadOnAMissingTableFailsWithTableNotFoundAsCause() {
    assertMissingTable(() -> ITEMS.batchGet(Stream.of("a", "b")).toList());
  }

  @Test
  void contextReadOnAMissingTableFailsWithTableNotFoundAsCause() {
    assertMissingTable(() -> BatchContext.run(() -> {
      try {
        ITEMS.getAsync("a").join();
      } catch (CompletionException e) {
        throw (RuntimeException) e.getCause();
      }
    }));
  }
}
