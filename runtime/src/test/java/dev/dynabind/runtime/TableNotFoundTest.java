package dev.dynabind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynabind.runtime.LockedTables.Account;
import dev.dynabind.runtime.LockedTables.AccountKey;
import dev.dynabind.runtime.LockedTables.AccountRepository;
import dev.dynabind.testing.TestClients;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Every single-request operation on a table that does not exist says so, naming the table. */
class TableNotFoundTest {
  private static final DynamoDbClient CLIENT = TestClients.client();
  private static final Dynabind DB = Dynabind.builder().client(CLIENT)
      .tableNamePrefix(TestClients.uniquePrefix()).build();
  private static final ItemRepository ITEMS = new ItemRepository(DB);
  private static final LineRepository LINES = new LineRepository(DB);
  private static final AccountRepository ACCOUNTS = new AccountRepository(DB);

  @AfterAll
  static void close() {
    CLIENT.close();
  }

  private static void assertTableNotFound(String table, Executable call) {
    TableNotFoundException e = assertThrows(TableNotFoundException.class, call);
    assertEquals(table, e.tableName());
    assertTrue(e.getMessage().contains("'" + table + "'"), e.getMessage());
    assertTrue(e.getMessage().contains("createTable()"), e.getMessage());
    assertTrue(table.startsWith(DB.tableNamePrefix()) && !DB.tableNamePrefix().isEmpty());
  }

  @Test
  void getOnAMissingTableThrowsTableNotFoundNamingThePrefixedTable() {
    assertTableNotFound(ITEMS.tableName(), () -> ITEMS.get("a"));
  }

  @Test
  void getAsyncOnAMissingTableFailsWithTableNotFound() {
    CompletionException e = assertThrows(CompletionException.class,
        () -> ITEMS.getAsync("a").join());
    assertTableNotFound(ITEMS.tableName(), () -> {
      throw e.getCause();
    });
  }

  @Test
  void saveAndDeleteOnAMissingTableThrowTableNotFound() {
    assertTableNotFound(ITEMS.tableName(), () -> ITEMS.save(new Item("a", 1, "p")));
    assertTableNotFound(ITEMS.tableName(), () -> ITEMS.delete("a"));
  }

  @Test
  void queryOnAMissingTableThrowsTableNotFoundWhenConsumed() {
    assertTableNotFound(LINES.tableName(), () -> LINES.query("o-1").toList());
  }

  @Test
  void lockAndLockedWritesOnAMissingTableThrowTableNotFound() {
    AccountKey key = new AccountKey("jon", "main");
    assertTableNotFound(ACCOUNTS.tableName(), () -> ACCOUNTS.lock(key));
    assertTableNotFound(ACCOUNTS.tableName(), () -> ACCOUNTS.save(new Account("jon", "main", 1)));
    assertTableNotFound(ACCOUNTS.tableName(), () -> ACCOUNTS.delete(key));
    assertTableNotFound(ACCOUNTS.tableName(),
        () -> ACCOUNTS.updateAtomic(key, a -> new Account("jon", "main", 2)));
  }

  @Test
  void setAtomicOnATableDeletedSinceTheLockWasReadThrowsTableNotFound() {
    try (DynamoDbClient client = TestClients.client()) {
      Dynabind db = Dynabind.builder().client(client).tableNamePrefix(TestClients.uniquePrefix())
          .build();
      AccountRepository accounts = new AccountRepository(db);
      accounts.createTable();
      AccountKey key = new AccountKey("jon", "main");
      Lock<AccountKey> lock = accounts.lock(key);
      client.deleteTable(b -> b.tableName(accounts.tableName()));
      client.waiter().waitUntilTableNotExists(b -> b.tableName(accounts.tableName()));
      TableNotFoundException e = assertThrows(TableNotFoundException.class,
          () -> accounts.setAtomic(new Account("jon", "main", 5), lock));
      assertEquals(accounts.tableName(), e.tableName());
      assertTrue(e.getMessage().contains("createTable()"), e.getMessage());
      assertThrows(TableNotFoundException.class, () -> db.atomic()
          .set(accounts, new Account("jon", "main", 6), lock).commit());
    }
  }
}
