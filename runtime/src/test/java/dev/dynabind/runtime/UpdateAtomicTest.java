package dev.dynabind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynabind.runtime.LockedTables.Account;
import dev.dynabind.runtime.LockedTables.AccountKey;
import dev.dynabind.runtime.LockedTables.Counter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class UpdateAtomicTest {

  @Test
  void eightThreadsOfFiftyIncrementsEachEndWithTheCounterAtExactlyFourHundred() throws Exception {
    RetryPolicy patient = RetryPolicy.builder().maxAttempts(200).baseDelay(Duration.ofMillis(1))
        .maxDelay(Duration.ofMillis(20)).build();
    try (LockFixture fix = new LockFixture(patient)) {
      int threads = 8;
      int increments = 50;
      AtomicInteger changeCalls = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      CyclicBarrier start = new CyclicBarrier(threads);
      List<Future<?>> done = new ArrayList<>();
      long began = System.nanoTime();
      for (int t = 0; t < threads; t++) {
        done.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < increments; i++) {
            fix.counters.updateAtomic("shared", c -> {
              changeCalls.incrementAndGet();
              return new Counter("shared", c == null ? 1 : c.value() + 1);
            });
          }
          return null;
        }));
      }
      for (Future<?> future : done) {
        future.get();
      }
      pool.shutdown();
      long millis = (System.nanoTime() - began) / 1_000_000;

      assertEquals(threads * increments, fix.counters.get("shared").orElseThrow().value());
      int races = fix.errors.count("TransactWriteItems", "TransactionCanceledException");
      System.out.printf("updateAtomic: %d increments by %d threads in %d ms; %d races lost "
              + "(TransactionCanceled), %d change calls, errors %s%n",
          threads * increments, threads, millis, races, changeCalls.get(),
          fix.errors.snapshot());
      assertEquals(threads * increments + races, changeCalls.get(),
          "every lost race ran the change once more");
    }
  }

  @Test
  void updateAtomicOfAnAbsentItemPassesNullSoTheChangeCanCreateIt() {
    try (LockFixture fix = new LockFixture()) {
      AtomicReference<Account> seen = new AtomicReference<>(new Account("x", "x", 0));
      Account written = fix.accounts.updateAtomic(new AccountKey("fay", "new"), a -> {
        seen.set(a);
        return new Account("fay", "new", 42);
      });
      assertNull(seen.get());
      assertEquals(written, fix.accounts.get(new AccountKey("fay", "new")).orElseThrow());
    }
  }

  @Test
  void updateAtomicRejectsAChangeThatAltersTheKeyOrReturnsNull() {
    try (LockFixture fix = new LockFixture()) {
      AccountKey key = new AccountKey("fay", "keyed");
      IllegalArgumentException moved = assertThrows(IllegalArgumentException.class,
          () -> fix.accounts.updateAtomic(key, a -> new Account("fay", "other", 1)));
      assertTrue(moved.getMessage().contains("must not change the key"), moved.getMessage());
      assertThrows(IllegalArgumentException.class, () -> fix.accounts.updateAtomic(key, a -> null));
      assertEquals(0, fix.accountRows() - 1, "only the lock item was written");
    }
  }

  @Test
  void updateAtomicGivesUpAfterTheLastAttemptOfTheRetryPolicyWithTheRaceCondition() {
    RetryPolicy three = RetryPolicy.builder().maxAttempts(3).baseDelay(Duration.ofMillis(1))
        .maxDelay(Duration.ofMillis(2)).build();
    try (LockFixture fix = new LockFixture(three)) {
      AtomicInteger calls = new AtomicInteger();
      // Every change is overtaken by a plain save of the same item, so every attempt loses.
      assertThrows(RaceConditionException.class, () -> fix.counters.updateAtomic("busy", c -> {
        calls.incrementAndGet();
        fix.counters.save(new Counter("busy", -1));
        return new Counter("busy", 100);
      }));
      assertEquals(3, calls.get());
      assertEquals(-1, fix.counters.get("busy").orElseThrow().value());
    }
  }
}
