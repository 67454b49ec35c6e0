package dev.dynabind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynabind.runtime.LockedTables.Account;
import dev.dynabind.runtime.LockedTables.AccountKey;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class SetAtomicTest {
  private static final LockFixture FIX = new LockFixture();

  @AfterAll
  static void close() {
    FIX.close();
  }

  @Test
  void setAtomicWritesTheItemAndTheNextLockVersionTogether() {
    AccountKey key = new AccountKey("bob", "main");
    Lock<AccountKey> lock = FIX.accounts.lock(key);
    Lock<AccountKey> next = FIX.accounts.setAtomic(new Account("bob", "main", 10), lock);
    assertEquals(lock.version() + 1, next.version());
    assertEquals(10, FIX.accounts.get(key).orElseThrow().balance());
    assertEquals(Long.toString(next.version()), FIX.rawAccount("bob", "main#lock").get("version").n());
  }

  @Test
  void setAtomicWithAStaleLockThrowsRaceConditionAndLeavesItemAndLockUnchanged() {
    AccountKey key = new AccountKey("bob", "stale");
    Lock<AccountKey> stale = FIX.accounts.lock(key);
    FIX.accounts.setAtomic(new Account("bob", "stale", 1), stale);
    Map<String, AttributeValue> itemBefore = FIX.rawAccount("bob", "stale");
    Map<String, AttributeValue> lockBefore = FIX.rawAccount("bob", "stale#lock");

    RaceConditionException race = assertThrows(RaceConditionException.class,
        () -> FIX.accounts.setAtomic(new Account("bob", "stale", 999), stale));

    assertEquals(List.of(stale), race.staleLocks());
    assertTrue(race.getMessage().contains("{owner=S:bob, name=S:stale}"), race.getMessage());
    assertEquals(itemBefore, FIX.rawAccount("bob", "stale"));
    assertEquals(lockBefore, FIX.rawAccount("bob", "stale#lock"));
  }

  @Test
  void setAtomicWithTheLockOfAnotherKeyIsRejectedBeforeSending() {
    Lock<AccountKey> other = FIX.accounts.lock(new AccountKey("bob", "other"));
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> FIX.accounts.setAtomic(new Account("bob", "mine", 1), other));
    assertTrue(error.getMessage().contains("does not belong"), error.getMessage());
    assertTrue(FIX.rawAccount("bob", "mine").isEmpty());
  }

  @Test
  void setAtomicWithAnExpiredLockIsALostRaceAndSendsNothing() {
    AccountKey key = new AccountKey("bob", "late");
    Lock<AccountKey> lock = FIX.accounts.lock(key);
    FIX.clock.advance(Duration.ofHours(25));
    try {
      assertThrows(RaceConditionException.class,
          () -> FIX.accounts.setAtomic(new Account("bob", "late", 1), lock));
      assertTrue(FIX.rawAccount("bob", "late").isEmpty());
    } finally {
      FIX.clock.set(LockFixture.START);
    }
  }

  @Test
  void plainSaveMakesEarlierLocksStaleSoTheirHoldersCannotOverwriteIt() {
    AccountKey key = new AccountKey("bob", "saved");
    Lock<AccountKey> before = FIX.accounts.lock(key);
    FIX.accounts.save(new Account("bob", "saved", 5));
    assertThrows(RaceConditionException.class,
        () -> FIX.accounts.setAtomic(new Account("bob", "saved", 6), before));
    assertEquals(5, FIX.accounts.get(key).orElseThrow().balance());
  }

  @Test
  void deleteRemovesTheItemAndAdvancesItsLockSoStaleHoldersCannotRecreateIt() {
    AccountKey key = new AccountKey("bob", "closed");
    Lock<AccountKey> lock = FIX.accounts.setAtomic(new Account("bob", "closed", 3),
        FIX.accounts.lock(key));
    FIX.accounts.delete(key);
    assertTrue(FIX.accounts.get(key).isEmpty());
    assertEquals(Long.toString(lock.version() + 1),
        FIX.rawAccount("bob", "closed#lock").get("version").n());
    assertThrows(RaceConditionException.class,
        () -> FIX.accounts.setAtomic(new Account("bob", "closed", 4), lock));
    assertTrue(FIX.accounts.get(key).isEmpty());
    Lock<AccountKey> fresh = FIX.accounts.lock(key);
    FIX.accounts.setAtomic(new Account("bob", "closed", 4), fresh);
    assertEquals(4, FIX.accounts.get(key).orElseThrow().balance());
  }
}
