package dev.dynabind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynabind.runtime.LockedTables.Ledger;
import dev.dynabind.runtime.LockedTables.LedgerKey;
import dev.dynabind.runtime.LockedTables.LedgerRepository;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * DynamoDB stores a number in its canonical form, so an N key sent as "1.50" comes back as "1.5".
 * Keys that are numerically equal are one key to every path that matches or dedupes keys.
 */
class NumberKeyTest {
  private static final BigDecimal TRAILING_ZERO = new BigDecimal("1.50");

  private static LedgerRepository ledgers(BatchFixture f) {
    LedgerRepository ledgers = new LedgerRepository(f.db);
    ledgers.createTable();
    return ledgers;
  }

  /** The key of branch {@code branch}, account "cash". */
  private static LedgerKey key(String branch) {
    return new LedgerKey(new BigDecimal(branch), "cash");
  }

  private static List<Long> balances(List<Ledger> ledgers) {
    return ledgers.stream().map(Ledger::balance).toList();
  }

  @Test
  void batchGetFindsAnItemByAnyTextOfItsNumberKey() {
    try (BatchFixture f = new BatchFixture()) {
      LedgerRepository ledgers = ledgers(f);
      ledgers.save(new Ledger(TRAILING_ZERO, "cash", 150));
      for (String text : List.of("1.50", "1.5", "1.500", "15E-1")) {
        assertEquals(List.of(150L), balances(ledgers.batchGet(List.of(key(text)))), text);
        assertEquals(List.of(150L), balances(f.db.batchGet()
            .add(ledgers, List.of(key(text))).execute().itemsOf(ledgers)), text);
      }
    }
  }

  @Test
  void numericallyEqualKeysInOneBatchGetAreOneKeyReadOnce() {
    try (BatchFixture f = new BatchFixture()) {
      LedgerRepository ledgers = ledgers(f);
      ledgers.save(new Ledger(TRAILING_ZERO, "cash", 150));
      ledgers.save(new Ledger(new BigDecimal("2"), "cash", 200));
      f.counter.reset();
      // DynamoDB rejects a BatchGetItem holding one key twice, so they must be sent once; the
      // result lists each distinct key once, like any duplicate key.
      List<Ledger> read = ledgers.batchGet(
          List.of(key("1.5"), key("2.00"), key("1.50"), key("2"), key("1.500")));
      assertEquals(List.of(150L, 200L), balances(read));
      assertEquals(1, f.counter.count("BatchGetItem"));
    }
  }

  @Test
  void numericallyEqualKeysInOneBatchSaveAreOneItemAndTheLastWins() {
    try (BatchFixture f = new BatchFixture()) {
      LedgerRepository ledgers = ledgers(f);
      ledgers.batchSave(List.of(new Ledger(TRAILING_ZERO, "cash", 1),
          new Ledger(new BigDecimal("1.5"), "cash", 2)));
      assertEquals(List.of(2L), balances(ledgers.batchGet(List.of(key("1.50")))));
      ledgers.batchDelete(List.of(key("1.5"), key("1.50")));
      assertEquals(0, f.count(ledgers));
    }
  }

  @Test
  void aBatchContextFindsAnItemByAnyTextOfItsNumberKeyAndCachesItOnce() throws Exception {
    try (BatchFixture f = new BatchFixture()) {
      LedgerRepository ledgers = ledgers(f);
      ledgers.save(new Ledger(TRAILING_ZERO, "cash", 150));
      f.counter.reset();
      BatchContext.run(() -> {
        CompletableFuture<Optional<Ledger>> asSaved = ledgers.getAsync(key("1.50"));
        CompletableFuture<Optional<Ledger>> canonical = ledgers.getAsync(key("1.5"));
        Ledger found = asSaved.join().orElseThrow();
        assertEquals(150, found.balance());
        assertSame(found, canonical.join().orElseThrow());
        assertSame(found, ledgers.get(key("1.500")).orElseThrow());
        assertEquals(List.of(150L), balances(ledgers.batchGet(List.of(key("1.5"), key("1.50")))));
      });
      assertEquals(1, f.counter.count("BatchGetItem"));
      BatchContext.run(() -> {
        assertEquals(List.of(150L), balances(ledgers.batchGet(List.of(key("1.50")))));
        ledgers.save(new Ledger(new BigDecimal("1.5"), "cash", 151));
        assertEquals(151, ledgers.get(key("1.50")).orElseThrow().balance());
      });
    }
  }

  @Test
  void atomicWritesAcceptTheItemAsStoredWhenItsNumberKeyWasGivenInAnotherForm() {
    try (BatchFixture f = new BatchFixture()) {
      LedgerRepository ledgers = ledgers(f);
      ledgers.save(new Ledger(TRAILING_ZERO, "cash", 1));
      // The change receives the item as DynamoDB stores it, branch 1.5, and keeps that key.
      assertEquals(2, ledgers.updateAtomic(key("1.50"), l -> l.withBalance(l.balance() + 1))
          .balance());
      Lock<LedgerKey> lock = ledgers.lock(key("1.50"));
      Ledger stored = ledgers.get(key("1.50")).orElseThrow();
      ledgers.setAtomic(stored.withBalance(3), lock);
      assertEquals(3, ledgers.get(key("1.5")).orElseThrow().balance());
    }
  }

  @Test
  void anAtomicWriteRefusesOneNumberKeyGivenTwiceInTwoFormsBeforeSending() {
    try (BatchFixture f = new BatchFixture()) {
      LedgerRepository ledgers = ledgers(f);
      Lock<LedgerKey> asSaved = ledgers.lock(key("1.50"));
      Lock<LedgerKey> canonical = ledgers.lock(key("1.5"));
      Lock<LedgerKey> other = ledgers.lock(key("1.05"));
      f.counter.reset();
      AtomicWrite write = f.db.atomic()
          .set(ledgers, new Ledger(TRAILING_ZERO, "cash", 1), asSaved)
          .set(ledgers, new Ledger(new BigDecimal("1.05"), "cash", 3), other);

      // DynamoDB would cancel the whole transaction; refusing it locally names the key instead.
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> write.set(ledgers, new Ledger(new BigDecimal("1.5"), "cash", 2), canonical));
      assertTrue(e.getMessage().contains("set twice in one atomic write"), e.getMessage());
      assertTrue(e.getMessage().contains("1.5"), e.getMessage());
      assertEquals(2, write.size(), "the refused item was not added");
      assertEquals(0, f.counter.total(), "nothing sent");

      write.commit();
      assertEquals(List.of(1L, 3L),
          balances(ledgers.batchGet(List.of(key("1.5"), key("1.05")))));
    }
  }
}
