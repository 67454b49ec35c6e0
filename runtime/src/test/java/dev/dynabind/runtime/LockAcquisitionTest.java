package dev.dynabind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynabind.runtime.LockedTables.Account;
import dev.dynabind.runtime.LockedTables.AccountKey;
import dev.dynabind.runtime.spi.LockSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

class LockAcquisitionTest {
  private static final LockFixture FIX = new LockFixture();

  @AfterAll
  static void close() {
    FIX.close();
  }

  @Test
  void createTableEnablesTimeToLiveOnTheLockExpiryAttribute() {
    var description = FIX.client.describeTimeToLive(b -> b.tableName(FIX.accounts.tableName()))
        .timeToLiveDescription();
    assertEquals(TimeToLiveStatus.ENABLED, description.timeToLiveStatus());
    assertEquals("ttl", description.attributeName());
  }

  @Test
  void lockOfAnAbsentLockCreatesALockItemUnderTheSortKeyWithTheSuffix() {
    Lock<AccountKey> lock = FIX.accounts.lock(new AccountKey("ann", "created"));
    assertEquals(1, lock.version());
    assertEquals(LockFixture.START.plus(Duration.ofHours(24)), lock.expiresAt());
    Map<String, AttributeValue> raw = FIX.rawAccount("ann", "created#lock");
    assertEquals("1", raw.get("version").n());
    assertEquals(Long.toString(lock.expiresAt().getEpochSecond()), raw.get("ttl").n());
    assertTrue(FIX.rawAccount("ann", "created").isEmpty(), "the item itself is not created");
  }

  @Test
  void lockOfAPartitionKeyOnlyTableAppendsTheSuffixToThePartitionKey() {
    Lock<String> lock = FIX.counters.lock("hits");
    assertEquals(Long.toString(lock.version()), FIX.rawCounter("hits#lock").get("version").n());
  }

  @Test
  void lockReadAgainBeforeItsRefreshWindowIsReturnedUnchanged() {
    AccountKey key = new AccountKey("ann", "stable");
    Lock<AccountKey> first = FIX.accounts.lock(key);
    FIX.clock.advance(Duration.ofHours(22));
    try {
      assertEquals(first, FIX.accounts.lock(key));
    } finally {
      FIX.clock.set(LockFixture.START);
    }
  }

  @Test
  void expiredLockIsReplacedByANewVersionEvenBeforeDynamoDbDeletesIt() {
    AccountKey key = new AccountKey("ann", "expiring");
    Lock<AccountKey> old = FIX.accounts.lock(key);
    // Issue 10 item 1: an expired lock is replaced only once it is expired by the tolerated skew.
    FIX.clock.advance(Duration.ofHours(24).plus(LockSpec.DEFAULT_TOLERATED_SKEW));
    try {
      Lock<AccountKey> replaced = FIX.accounts.lock(key);
      assertEquals(old.version() + 1, replaced.version());
      assertEquals(FIX.clock.instant().plus(Duration.ofHours(24)), replaced.expiresAt());
      assertEquals(Long.toString(replaced.version()),
          FIX.rawAccount("ann", "expiring#lock").get("version").n());
      assertThrowsRace(() -> FIX.accounts.setAtomic(new Account("ann", "expiring", 1), old));
      FIX.accounts.setAtomic(new Account("ann", "expiring", 1), replaced);
    } finally {
      FIX.clock.set(LockFixture.START);
    }
  }

  @Test
  void lockReadInItsLastRefreshWindowGetsALaterExpiryKeepsItsVersionAndKeepsWorking() {
    AccountKey key = new AccountKey("ann", "refreshed");
    Lock<AccountKey> first = FIX.accounts.lock(key);
    FIX.clock.advance(Duration.ofHours(23).plusMinutes(30));
    try {
      Lock<AccountKey> refreshed = FIX.accounts.lock(key);
      assertEquals(first.version(), refreshed.version());
      assertEquals(FIX.clock.instant().plus(Duration.ofHours(24)), refreshed.expiresAt());
      assertEquals(Long.toString(refreshed.expiresAt().getEpochSecond()),
          FIX.rawAccount("ann", "refreshed#lock").get("ttl").n());
      FIX.clock.advance(Duration.ofHours(12)); // past the first expiry, within the new one
      Lock<AccountKey> next = FIX.accounts.setAtomic(new Account("ann", "refreshed", 7), refreshed);
      assertEquals(first.version() + 1, next.version());
      assertEquals(7, FIX.accounts.get(key).orElseThrow().balance());
    } finally {
      FIX.clock.set(LockFixture.START);
    }
  }

  @Test
  void concurrentLocksOfAnAbsentLockEndWithOneLockItemAndTheSameVersion() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 5; round++) {
        AccountKey key = new AccountKey("race", "r" + round);
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<Lock<AccountKey>>> results = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
          results.add(pool.submit(() -> {
            start.await();
            return FIX.accounts.lock(key);
          }));
        }
        Lock<AccountKey> a = results.get(0).get();
        Lock<AccountKey> b = results.get(1).get();
        assertEquals(a.version(), b.version(), "round " + round);
        assertEquals(Long.toString(a.version()),
            FIX.rawAccount("race", "r" + round + "#lock").get("version").n());
      }
      assertEquals(5, FIX.client.query(q -> q.tableName(FIX.accounts.tableName())
          .keyConditionExpression("#o = :o").expressionAttributeNames(Map.of("#o", "owner"))
          .expressionAttributeValues(Map.of(":o", AttributeValue.fromS("race")))).count(),
          "one lock item per key");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void everyAtomicWriteAdvancesTheVersion() {
    AccountKey key = new AccountKey("ann", "versions");
    Lock<AccountKey> lock = FIX.accounts.lock(key);
    Lock<AccountKey> next = FIX.accounts.setAtomic(new Account("ann", "versions", 1), lock);
    assertNotEquals(lock.version(), next.version());
    assertEquals(next, FIX.accounts.lock(key));
  }

  static void assertThrowsRace(Runnable write) {
    org.junit.jupiter.api.Assertions.assertThrows(RaceConditionException.class, write::run);
  }
}
