package dev.dynabind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

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

  private static Price.Repo prices(BatchFixture f) {
    Price.Repo prices = new Price.Repo(f.db);
    prices.createTable();
    return prices;
  }

  private static List<String> labels(List<Price> prices) {
    return prices.stream().map(Price::label).toList();
  }

  @Test
  void batchGetFindsAnItemByAnyTextOfItsNumberKey() {
    try (BatchFixture f = new BatchFixture()) {
      Price.Repo prices = prices(f);
      prices.save(new Price(TRAILING_ZERO, "one fifty"));
      for (String text : List.of("1.50", "1.5", "1.500", "15E-1")) {
        assertEquals(List.of("one fifty"), labels(prices.batchGet(List.of(new BigDecimal(text)))),
            text);
        assertEquals(List.of("one fifty"), labels(f.db.batchGet()
            .add(prices, List.of(new BigDecimal(text))).execute().itemsOf(prices)), text);
      }
    }
  }

  @Test
  void numericallyEqualKeysInOneBatchGetAreOneKeyReadOnce() {
    try (BatchFixture f = new BatchFixture()) {
      Price.Repo prices = prices(f);
      prices.save(new Price(TRAILING_ZERO, "one fifty"));
      prices.save(new Price(new BigDecimal("2"), "two"));
      f.counter.reset();
      // DynamoDB rejects a BatchGetItem holding one key twice, so they must be sent once; the
      // result lists each distinct key once, like any duplicate key.
      List<Price> read = prices.batchGet(List.of(new BigDecimal("1.5"), new BigDecimal("2.00"),
          TRAILING_ZERO, new BigDecimal("2"), new BigDecimal("1.500")));
      assertEquals(List.of("one fifty", "two"), labels(read));
      assertEquals(1, f.counter.count("BatchGetItem"));
    }
  }

  @Test
  void numericallyEqualKeysInOneBatchSaveAreOneItemAndTheLastWins() {
    try (BatchFixture f = new BatchFixture()) {
      Price.Repo prices = prices(f);
      prices.batchSave(List.of(new Price(TRAILING_ZERO, "first"),
          new Price(new BigDecimal("1.5"), "last")));
      assertEquals(List.of("last"), labels(prices.batchGet(List.of(TRAILING_ZERO))));
      prices.batchDelete(List.of(new BigDecimal("1.5"), TRAILING_ZERO));
      assertEquals(0, f.count(prices));
    }
  }

  @Test
  void aBatchContextFindsAnItemByAnyTextOfItsNumberKeyAndCachesItOnce() throws Exception {
    try (BatchFixture f = new BatchFixture()) {
      Price.Repo prices = prices(f);
      prices.save(new Price(TRAILING_ZERO, "one fifty"));
      f.counter.reset();
      BatchContext.run(() -> {
        CompletableFuture<Optional<Price>> asSaved = prices.getAsync(TRAILING_ZERO);
        CompletableFuture<Optional<Price>> canonical = prices.getAsync(new BigDecimal("1.5"));
        Price found = asSaved.join().orElseThrow();
        assertEquals("one fifty", found.label());
        assertSame(found, canonical.join().orElseThrow());
        assertSame(found, prices.get(new BigDecimal("1.500")).orElseThrow());
        assertEquals(List.of("one fifty"),
            labels(prices.batchGet(List.of(new BigDecimal("1.5"), TRAILING_ZERO))));
      });
      assertEquals(1, f.counter.count("BatchGetItem"));
      BatchContext.run(() -> {
        assertEquals(List.of("one fifty"), labels(prices.batchGet(List.of(TRAILING_ZERO))));
        prices.save(new Price(new BigDecimal("1.5"), "changed"));
        assertEquals("changed", prices.get(TRAILING_ZERO).orElseThrow().label());
      });
    }
  }

  @Test
  void atomicWritesAcceptTheItemAsStoredWhenItsNumberKeyWasGivenInAnotherForm() {
    try (LockFixture fix = new LockFixture()) {
      LedgerRepository ledgers = new LedgerRepository(fix.db);
      ledgers.createTable();
      LedgerKey key = new LedgerKey(TRAILING_ZERO, "cash");
      ledgers.save(new Ledger(TRAILING_ZERO, "cash", 1));
      // The change receives the item as DynamoDB stores it, branch 1.5, and keeps that key.
      assertEquals(2, ledgers.updateAtomic(key, l -> l.withBalance(l.balance() + 1)).balance());
      Lock<LedgerKey> lock = ledgers.lock(key);
      Ledger stored = ledgers.get(key).orElseThrow();
      ledgers.setAtomic(stored.withBalance(3), lock);
      assertEquals(3, ledgers.get(new LedgerKey(new BigDecimal("1.5"), "cash")).orElseThrow()
          .balance());
    }
  }
}
