package dev.dynabind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
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
}
