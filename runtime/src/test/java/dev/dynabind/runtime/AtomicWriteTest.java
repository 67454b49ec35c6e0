package dev.dynabind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynabind.runtime.LockedTables.Account;
import dev.dynabind.runtime.LockedTables.AccountKey;
import dev.dynabind.runtime.LockedTables.Counter;
import dev.dynabind.runtime.spi.TableCodec;
import dev.dynabind.runtime.spi.TableMetadata;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class AtomicWriteTest {
  private static final LockFixture FIX = new LockFixture();

  @AfterAll
  static void close() {
    FIX.close();
  }

  @Test
  void atomicWriteOfSeveralTablesAppliesEveryItemAndReturnsTheNewLocksInOrder() {
    Lock<AccountKey> from = FIX.accounts.lock(new AccountKey("cat", "from"));
    Lock<AccountKey> to = FIX.accounts.lock(new AccountKey("cat", "to"));
    Lock<String> audit = FIX.counters.lock("transfers");
    List<Lock<?>> next = FIX.db.atomic()
        .set(FIX.accounts, new Account("cat", "from", -10), from)
        .set(FIX.accounts, new Account("cat", "to", 10), to)
        .set(FIX.counters, new Counter("transfers", 1), audit)
        .commit();
    assertEquals(List.of(from.version() + 1, to.version() + 1, audit.version() + 1),
        next.stream().map(Lock::version).toList());
    assertEquals(-10, FIX.accounts.get(new AccountKey("cat", "from")).orElseThrow().balance());
    assertEquals(10, FIX.accounts.get(new AccountKey("cat", "to")).orElseThrow().balance());
    assertEquals(1, FIX.counters.get("transfers").orElseThrow().value());
  }

  @Test
  void atomicWriteWithOneStaleLockAppliesNothingAndNamesTheStaleKey() {
    Lock<AccountKey> fresh = FIX.accounts.lock(new AccountKey("dan", "fresh"));
    Lock<String> stale = FIX.counters.lock("dan");
    FIX.counters.setAtomic(new Counter("dan", 1), stale);
    Map<String, AttributeValue> counterBefore = FIX.rawCounter("dan");
    Map<String, AttributeValue> freshLockBefore = FIX.rawAccount("dan", "fresh#lock");

    AtomicWrite write = FIX.db.atomic()
        .set(FIX.accounts, new Account("dan", "fresh", 50), fresh)
        .set(FIX.counters, new Counter("dan", 2), stale);
    RaceConditionException race = assertThrows(RaceConditionException.class, write::commit);

    assertEquals(List.of(stale), race.staleLocks());
    assertTrue(race.getMessage().contains("{id=S:dan}"), race.getMessage());
    assertTrue(FIX.rawAccount("dan", "fresh").isEmpty(), "the fresh item was not written");
    assertEquals(freshLockBefore, FIX.rawAccount("dan", "fresh#lock"));
    assertEquals(counterBefore, FIX.rawCounter("dan"));
  }

  @Test
  void atomicWriteRefusesMoreThanFiftyItemsBecauseEachTakesTwoActions() {
    AtomicWrite write = FIX.db.atomic();
    for (int i = 0; i < 50; i++) {
      String id = "many-" + i;
      write.set(FIX.counters, new Counter(id, i), new Lock<>(FIX.counters.tableName(), id, 1,
          LockFixture.START.plusSeconds(60)));
    }
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> write.set(FIX.counters, new Counter("many-50", 0),
            new Lock<>(FIX.counters.tableName(), "many-50", 1, LockFixture.START.plusSeconds(60))));
    assertTrue(error.getMessage().contains("at most 50 items"), error.getMessage());
    assertEquals(50, write.size());
  }

  @Test
  void atomicWriteRefusesTheSameItemTwice() {
    Lock<String> lock = FIX.counters.lock("twice");
    AtomicWrite write = FIX.db.atomic().set(FIX.counters, new Counter("twice", 1), lock);
    assertThrows(IllegalArgumentException.class,
        () -> write.set(FIX.counters, new Counter("twice", 2), lock));
  }

  @Test
  void atomicWriteRefusesMoreThanFourMegabytesBeforeSending() {
    // Account holds no large attribute and a key holds at most 2 KB (issue 10, item 18), so the
    // size sits in an attribute the padded codec adds; nothing is ever sent.
    PaddedAccounts padded = new PaddedAccounts(FIX.db, "x".repeat(380 * 1024));
    AtomicWrite write = FIX.db.atomic();
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> {
      for (int i = 0; i < 12; i++) {
        AccountKey key = new AccountKey("big" + i, "n");
        write.set(padded, new Account(key.owner(), "n", i),
            new Lock<>(padded.tableName(), key, 1, LockFixture.START.plusSeconds(60)));
      }
    });
    assertTrue(error.getMessage().contains("one transaction allows"), error.getMessage());
    assertEquals(10, write.size(), "ten items of 380 KB and their locks fit, the eleventh does not");
  }

  @Test
  void atomicWriteWhoseLockExpiredBeforeCommitSendsNothing() {
    Lock<String> lock = FIX.counters.lock("slow");
    AtomicWrite write = FIX.db.atomic().set(FIX.counters, new Counter("slow", 1), lock);
    FIX.clock.advance(Duration.ofHours(24));
    try {
      assertThrows(RaceConditionException.class, write::commit);
      assertTrue(FIX.rawCounter("slow").isEmpty());
    } finally {
      FIX.clock.set(LockFixture.START);
    }
  }

  /** Accounts whose items carry a large attribute the record does not hold. */
  private static final class PaddedAccounts extends LockedRepository<Account, AccountKey> {
    PaddedAccounts(Dynabind db, String padding) {
      super(db, new PaddedCodec(padding));
    }
  }

  private record PaddedCodec(String padding) implements TableCodec<Account, AccountKey> {
    private static final LockedTables.AccountCodec ACCOUNTS = new LockedTables.AccountCodec();

    @Override
    public TableMetadata metadata() {
      return ACCOUNTS.metadata();
    }

    @Override
    public Map<String, AttributeValue> encode(Account item) {
      Map<String, AttributeValue> out = ACCOUNTS.encode(item);
      out.put("memo", AttributeValue.fromS(padding));
      return out;
    }

    @Override
    public Account decode(Map<String, AttributeValue> item) {
      return ACCOUNTS.decode(item);
    }

    @Override
    public Map<String, AttributeValue> encodeKey(AccountKey key) {
      return ACCOUNTS.encodeKey(key);
    }

    @Override
    public AccountKey keyOf(Account item) {
      return ACCOUNTS.keyOf(item);
    }
  }
}
