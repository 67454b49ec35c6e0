package dev.dynabind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dynabind.runtime.LockedTables.Account;
import dev.dynabind.runtime.LockedTables.AccountKey;
import dev.dynabind.runtime.LockedTables.AccountRepository;
import dev.dynabind.runtime.spi.LockSpec;
import dev.dynabind.testing.MutableClock;
import dev.dynabind.testing.TestClients;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Issue 10 item 1: a lock's identity is unique across the lifetimes of its lock item. */
class LockLifetimeTest {
  private static final LockFixture FIX = new LockFixture();
  private static final DynamoDbClient OTHER_CLIENT = TestClients.client();

  @AfterAll
  static void close() {
    OTHER_CLIENT.close();
    FIX.close();
  }

  @AfterEach
  void resetClock() {
    FIX.clock.set(LockFixture.START);
  }

  private static AccountRepository otherInstance(MutableClock clock) {
    return new AccountRepository(FIX.otherInstance(OTHER_CLIENT, clock));
  }

  private static long storedBalance(String owner, String name) {
    return Long.parseLong(FIX.rawAccount(owner, name).get("balance").n());
  }

  @Test
  void lockVersionFromAnEarlierLifeNeverMatches() {
    AccountKey key = new AccountKey("ivy", "ttl");
    // The holder's lock reaches version 2, as will the lock the other instance recreates.
    Lock<AccountKey> held = FIX.accounts.setAtomic(new Account("ivy", "ttl", 1),
        FIX.accounts.lock(key));
    FIX.deleteAccountLock("ivy", "ttl");
    AccountRepository other = otherInstance(new MutableClock(LockFixture.START));
    Lock<AccountKey> recreated = other.lock(key);
    Lock<AccountKey> written = other.setAtomic(new Account("ivy", "ttl", 100), recreated);
    assertEquals(held.version(), written.version(), "the versions agree, the lifetimes do not");
    assertNotEquals(held.lifetimeId(), written.lifetimeId());

    assertThrows(RaceConditionException.class,
        () -> FIX.accounts.setAtomic(new Account("ivy", "ttl", 999), held));
    assertEquals(100, storedBalance("ivy", "ttl"), "the other instance's update survives");
    assertThrows(RaceConditionException.class, () -> FIX.db.atomic()
        .set(FIX.accounts, new Account("ivy", "ttl", 999), held).commit());
    assertEquals(100, storedBalance("ivy", "ttl"));
  }

  @Test
  void saveAfterTtlDeletedTheLockStartsANewLifeSoEarlierLocksStayStale() {
    AccountKey key = new AccountKey("ivy", "saved");
    Lock<AccountKey> held = FIX.accounts.lock(key);
    FIX.deleteAccountLock("ivy", "saved");
    FIX.accounts.save(new Account("ivy", "saved", 5)); // recreates the lock item at version 1
    assertEquals(Long.toString(held.version()),
        FIX.rawAccount("ivy", "saved#lock").get("version").n());
    assertNotNull(FIX.rawAccount("ivy", "saved#lock").get("lifetime").s());

    assertThrows(RaceConditionException.class,
        () -> FIX.accounts.setAtomic(new Account("ivy", "saved", 6), held));
    assertEquals(5, storedBalance("ivy", "saved"));
  }

  @Test
  void aClockAheadByLessThanTheToleratedSkewCannotStealALiveLock() {
    AccountKey key = new AccountKey("ivy", "fast");
    Lock<AccountKey> held = FIX.accounts.lock(key);
    FIX.clock.set(held.expiresAt().minus(Duration.ofMinutes(2)));
    // Four minutes ahead: to this instance the lock expired two minutes ago.
    AccountRepository fast = otherInstance(new MutableClock(FIX.clock.instant()
        .plus(LockSpec.DEFAULT_TOLERATED_SKEW.minusMinutes(1))));
    Lock<AccountKey> seen = fast.lock(key);
    assertEquals(held.version(), seen.version(), "refreshed, not replaced");
    assertEquals(held.lifetimeId(), seen.lifetimeId());

    FIX.accounts.setAtomic(new Account("ivy", "fast", 7), held);
    assertEquals(7, storedBalance("ivy", "fast"));
  }

  @Test
  void aClockAheadByMoreThanTheToleratedSkewCanOnlyMakeTheHolderLoseItsRace() {
    AccountKey key = new AccountKey("ivy", "faster");
    Lock<AccountKey> held = FIX.accounts.setAtomic(new Account("ivy", "faster", 1),
        FIX.accounts.lock(key));
    FIX.clock.set(held.expiresAt().minus(Duration.ofMinutes(2)));
    AccountRepository fast = otherInstance(new MutableClock(FIX.clock.instant()
        .plus(LockSpec.DEFAULT_TOLERATED_SKEW.plusMinutes(5))));
    Lock<AccountKey> replaced = fast.lock(key);
    assertNotEquals(held.lifetimeId(), replaced.lifetimeId());

    assertThrows(RaceConditionException.class,
        () -> FIX.accounts.setAtomic(new Account("ivy", "faster", 2), held));
    assertEquals(1, storedBalance("ivy", "faster"), "nothing was overwritten");
  }

  @Test
  void aClockBehindCannotUseALockThatWasDeletedAndRecreated() {
    AccountKey key = new AccountKey("ivy", "slow");
    MutableClock slowClock = new MutableClock(LockFixture.START.minus(Duration.ofMinutes(10)));
    AccountRepository slow = otherInstance(slowClock);
    Lock<AccountKey> held = slow.setAtomic(new Account("ivy", "slow", 1), slow.lock(key));
    FIX.clock.set(held.expiresAt().plus(Duration.ofMinutes(1)));
    slowClock.set(held.expiresAt().minus(Duration.ofMinutes(9))); // still live to the slow one
    FIX.deleteAccountLock("ivy", "slow");
    Lock<AccountKey> written =
        FIX.accounts.setAtomic(new Account("ivy", "slow", 3), FIX.accounts.lock(key));
    assertEquals(held.version(), written.version());

    assertThrows(RaceConditionException.class,
        () -> slow.setAtomic(new Account("ivy", "slow", 4), held));
    assertEquals(3, storedBalance("ivy", "slow"));
  }

  @Test
  void aLockItemWrittenBeforeLifetimesExistedIsGivenALifetimeBeforeItIsUsed() {
    FIX.client.putItem(b -> b.tableName(FIX.accounts.tableName()).item(Map.of(
        "owner", AttributeValue.fromS("ivy"), "name", AttributeValue.fromS("legacy#lock"),
        "version", AttributeValue.fromN("3"),
        "ttl", AttributeValue.fromN(Long.toString(LockFixture.START.plusSeconds(600)
            .getEpochSecond())))));
    Lock<AccountKey> lock = FIX.accounts.lock(new AccountKey("ivy", "legacy"));
    assertEquals(4, lock.version());
    assertEquals(lock.lifetimeId(), FIX.rawAccount("ivy", "legacy#lock").get("lifetime").s());
    FIX.accounts.setAtomic(new Account("ivy", "legacy", 1), lock);
  }
}
