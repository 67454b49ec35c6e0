package dev.dynabind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynabind.runtime.LockedTables.AccountCodec;
import dev.dynabind.runtime.LockedTables.AccountKey;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The codec knows only the table of {@code @Table}; every read of a repository must still name
 * the table as requests do, with the environment's prefix.
 */
class DecodeErrorTableNameTest {
  private static final AccountKey BAD = new AccountKey("o-1", "bad");

  private final LockFixture fix = new LockFixture();

  DecodeErrorTableNameTest() {
    fix.accounts.save(new LockedTables.Account("o-1", "good", 1));
    fix.client.putItem(b -> b.tableName(fix.accounts.tableName()).item(Map.of(
        "owner", AttributeValue.fromS("o-1"), "name", AttributeValue.fromS("bad"),
        "balance", AttributeValue.fromS("lots"))));
  }

  @AfterEach
  void close() {
    fix.close();
  }

  @Test
  void directReadsNameThePrefixedTable() {
    assertNamesPrefixedTable(() -> fix.accounts.get(BAD));
    assertNamesPrefixedTable(() -> fix.accounts.getAsync(BAD).join());
    assertNamesPrefixedTable(() -> fix.accounts.query("o-1").toList());
    assertNamesPrefixedTable(() -> fix.accounts.updateAtomic(BAD, a -> a.withBalance(0)));
  }

  @Test
  void batchReadsNameThePrefixedTable() {
    List<AccountKey> keys = List.of(new AccountKey("o-1", "good"), BAD);

    assertNamesPrefixedTable(() -> fix.accounts.batchGet(keys));
    assertNamesPrefixedTable(() -> fix.accounts.batchGet(keys, BatchGetOptions.consistent()));
    assertNamesPrefixedTable(() -> fix.db.batchGet().add(fix.accounts, keys).execute());
  }

  @Test
  void batchContextReadsNameThePrefixedTable() {
    List<AccountKey> keys = List.of(new AccountKey("o-1", "good"), BAD);

    BatchContext.run(() -> {
      assertNamesPrefixedTable(() -> fix.accounts.get(BAD));
      assertNamesPrefixedTable(() -> fix.accounts.getAsync(BAD).join());
      assertNamesPrefixedTable(() -> fix.accounts.batchGet(keys));
    });
  }

  @Test
  void blockingReadsInABatchContextThrowTheFailureItselfNotACompletionException() {
    List<AccountKey> keys = List.of(new AccountKey("o-1", "good"), BAD);

    BatchContext.run(() -> {
      assertThrows(ItemDecodeException.class, () -> fix.accounts.get(BAD));
      assertThrows(ItemDecodeException.class, () -> fix.accounts.batchGet(keys));
    });
  }

  @Test
  void aCodecCalledDirectlyNamesTheTableOfItsAnnotation() {
    Map<String, AttributeValue> stored = fix.rawAccount("o-1", "bad");

    ItemDecodeException e =
        assertThrows(ItemDecodeException.class, () -> fix.accounts.codec().decode(stored));

    assertEquals(AccountCodec.METADATA.tableName(), e.tableName());
  }

  /**
   * Inside a batch context and through {@code getAsync} the failure arrives wrapped by the
   * future, as every read failure there does; the table name is what this test is about.
   */
  private void assertNamesPrefixedTable(Executable read) {
    Throwable thrown = assertThrows(Throwable.class, read);
    Throwable failure = thrown instanceof CompletionException ? thrown.getCause() : thrown;
    ItemDecodeException e = assertInstanceOf(ItemDecodeException.class, failure);
    String table = fix.accounts.tableName();
    assertFalse(fix.db.tableNamePrefix().isEmpty());
    assertEquals(table, e.tableName());
    assertEquals("{owner=S:o-1, name=S:bad}", e.key());
    assertEquals("balance", e.attribute());
    assertTrue(e.getMessage().startsWith(
        "Cannot decode item {owner=S:o-1, name=S:bad} of table '" + table + "': attribute "
            + "'balance' "), e.getMessage());
    assertFalse(e.getMessage().contains("lots"), e.getMessage());
    assertTrue(Arrays.stream(e.getStackTrace())
            .anyMatch(frame -> frame.getClassName().equals(AccountCodec.class.getName())),
        "the stack trace shows the codec where decoding failed");
  }
}
