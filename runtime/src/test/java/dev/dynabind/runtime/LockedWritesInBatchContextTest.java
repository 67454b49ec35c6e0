package dev.dynabind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynabind.runtime.LockedTables.Account;
import dev.dynabind.runtime.LockedTables.AccountKey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class LockedWritesInBatchContextTest {
  private static final LockFixture FIX = new LockFixture();

  @AfterAll
  static void close() {
    FIX.close();
  }

  @Test
  void setAtomicSaveAndDeleteInAContextUpdateItsCache() throws Exception {
    AccountKey key = new AccountKey("ctx", "main");
    FIX.accounts.save(new Account("ctx", "main", 1));
    BatchContext.run(() -> {
      Account before = FIX.accounts.get(key).orElseThrow();
      assertEquals(1, before.balance());

      Account changed = new Account("ctx", "main", 2);
      FIX.accounts.setAtomic(changed, FIX.accounts.lock(key));
      assertSame(changed, FIX.accounts.get(key).orElseThrow());

      Account multi = new Account("ctx", "main", 3);
      FIX.db.atomic().set(FIX.accounts, multi, FIX.accounts.lock(key)).commit();
      assertSame(multi, FIX.accounts.get(key).orElseThrow());

      FIX.accounts.delete(key);
      assertTrue(FIX.accounts.get(key).isEmpty());
    });
    assertTrue(FIX.accounts.get(key).isEmpty());
  }

  @Test
  void aFailedLockedWriteInAContextForgetsTheCachedItem() throws Exception {
    AccountKey key = new AccountKey("ctx-fail", "main");
    FIX.accounts.save(new Account("ctx-fail", "main", 1));
    BatchContext.run(() -> {
      Lock<AccountKey> stale = FIX.accounts.lock(key);
      assertEquals(1, FIX.accounts.get(key).orElseThrow().balance());
      // Another writer changes the item behind the context's back; the context still holds 1.
      Dynabind other = Dynabind.builder().client(FIX.client).tableNamePrefix(FIX.prefix)
          .clock(FIX.clock).build();
      new LockedTables.AccountRepository(other).save(new Account("ctx-fail", "main", 5));

      assertThrows(RaceConditionException.class,
          () -> FIX.accounts.setAtomic(new Account("ctx-fail", "main", 2), stale));
      assertEquals(5, FIX.accounts.get(key).orElseThrow().balance(), "read again after failure");

      Lock<AccountKey> staleAgain = FIX.accounts.lock(key);
      new LockedTables.AccountRepository(other).save(new Account("ctx-fail", "main", 6));
      assertThrows(RaceConditionException.class, () -> FIX.db.atomic()
          .set(FIX.accounts, new Account("ctx-fail", "main", 3), staleAgain).commit());
      assertEquals(6, FIX.accounts.get(key).orElseThrow().balance(), "read again after failure");
    });
  }

  @Test
  void strictModeCoversLocksAndAtomicWrites() {
    Dynabind strict = Dynabind.builder().client(FIX.client).tableNamePrefix(FIX.prefix)
        .clock(FIX.clock).requireBatchContext(true).build();
    LockedTables.AccountRepository accounts = new LockedTables.AccountRepository(strict);
    AccountKey key = new AccountKey("strict", "main");
    Lock<AccountKey> lock = FIX.accounts.lock(key);
    Account item = new Account("strict", "main", 1);
    assertThrows(BatchContextRequiredException.class, () -> accounts.lock(key));
    assertThrows(BatchContextRequiredException.class, () -> accounts.setAtomic(item, lock));
    assertThrows(BatchContextRequiredException.class, () -> accounts.updateAtomic(key, a -> item));
    assertThrows(BatchContextRequiredException.class,
        () -> strict.atomic().set(accounts, item, lock).commit());
    assertTrue(FIX.accounts.get(key).isEmpty(), "nothing was written");
  }
}
