package dev.dynabind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynabind.runtime.LockedTables.AccountKey;
import dev.dynabind.testing.FaultInjector;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a user should see in logs goes to the {@code System.Logger} named
 * {@code dev.dynabind.runtime} (java.util.logging by default): a retry loop that gave up, a lock
 * recreated with a new lifetime. Keys and item contents stay out of batch logs.
 */
class RuntimeLogTest {
  private final Logger logger = Logger.getLogger("dev.dynabind.runtime");
  private final List<LogRecord> records = new CopyOnWriteArrayList<>();
  private final Handler handler = new Handler() {
    @Override
    public void publish(LogRecord record) {
      records.add(record);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  @BeforeEach
  void capture() {
    logger.addHandler(handler);
  }

  @AfterEach
  void release() {
    logger.removeHandler(handler);
  }

  private String messages(Level level) {
    StringBuilder out = new StringBuilder();
    for (LogRecord r : records) {
      if (r.getLevel().equals(level)) {
        out.append(java.text.MessageFormat.format(r.getMessage(), r.getParameters())).append('\n');
      }
    }
    return out.toString();
  }

  @Test
  void batchRetriesExhaustedAreLoggedAsAWarningWithoutItemContents() {
    RetryPolicy twice = RetryPolicy.builder().maxAttempts(2).baseDelay(Duration.ofMillis(1))
        .maxDelay(Duration.ofMillis(2)).build();
    FaultInjector stuck = FaultInjector.never(item -> "stuck".equals(item.get("id").s()));
    try (BatchFixture fix = new BatchFixture(b -> b.retryPolicy(twice), stuck)) {
      assertThrows(UnprocessedItemsException.class,
          () -> fix.items.batchSave(List.of(new Item("stuck", 1, "secret-payload"))));
      String warnings = messages(Level.WARNING);
      assertTrue(warnings.contains("BatchWriteItem batch #1 on [" + fix.items.tableName()
          + "]: 1 not applied after 2 attempts, the retry policy's limit"), warnings);
      assertFalse(warnings.contains("secret-payload") || warnings.contains("stuck"), warnings);
    }
  }

  @Test
  void anExpiredLockRecreatedWithANewLifetimeIsLogged() {
    try (LockFixture fix = new LockFixture()) {
      AccountKey key = new AccountKey("log", "main");
      Lock<AccountKey> first = fix.accounts.lock(key);
      assertEquals("", messages(Level.INFO), "creating an absent lock is not news");
      fix.clock.set(first.expiresAt().plus(Duration.ofDays(1)));
      fix.accounts.lock(key);
      String info = messages(Level.INFO);
      assertTrue(info.contains("in table '" + fix.accounts.tableName() + "' was expired or"
          + " damaged and was recreated with a new lifetime (version 2)"), info);
    }
  }
}
