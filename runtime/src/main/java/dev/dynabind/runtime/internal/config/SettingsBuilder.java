package dev.dynabind.runtime.internal.config;

import dev.dynabind.runtime.BatchListener;
import dev.dynabind.runtime.OperationListener;
import dev.dynabind.runtime.RetryPolicy;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The state of {@code Dynabind.Builder}: defaults, and each value checked as it is set, so the
 * public builder only documents and delegates. Not thread-safe.
 */
public final class SettingsBuilder {
  private DynamoDbClient client;
  private String tableNamePrefix = "";
  private Boolean requireBatchContext;
  private RetryPolicy retryPolicy = RetryPolicy.defaults();
  private int concurrency = DynabindSettings.DEFAULT_CONCURRENCY;
  private Executor executor;
  private BatchListener listener = BatchListener.NONE;
  private OperationListener operationListener = OperationListener.NONE;
  private Clock clock = Clock.systemUTC();
  private Duration batchWindow = DynabindSettings.DEFAULT_BATCH_WINDOW;
  private int contextCacheSize = DynabindSettings.DEFAULT_CONTEXT_CACHE_SIZE;
  private boolean reportConsumedCapacity;
  private Sleeper sleeper = Sleeper.SYSTEM;
  private byte[] cursorKey;

  /**
   * Sets what {@code Dynabind.Builder.client} sets, checked now.
   *
   * @param client the SDK client, required
   */
  public void client(DynamoDbClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  /**
   * Sets what {@code Dynabind.Builder.tableNamePrefix} sets, checked now.
   *
   * @param prefix the table name prefix: a-z A-Z 0-9 _ . -
   */
  public void tableNamePrefix(String prefix) {
    this.tableNamePrefix =
        DynabindSettings.checkTableNamePrefix(Objects.requireNonNull(prefix, "prefix"));
  }

  /**
   * Sets what {@code Dynabind.Builder.requireBatchContext} sets, checked now.
   *
   * @param require strict mode
   */
  public void requireBatchContext(boolean require) {
    this.requireBatchContext = require;
  }

  /**
   * Sets what {@code Dynabind.Builder.retryPolicy} sets, checked now.
   *
   * @param policy the retry policy
   */
  public void retryPolicy(RetryPolicy policy) {
    this.retryPolicy = Objects.requireNonNull(policy, "policy");
  }

  /**
   * Sets what {@code Dynabind.Builder.concurrency} sets, checked now.
   *
   * @param concurrency at least 1
   */
  public void concurrency(int concurrency) {
    this.concurrency = DynabindSettings.checkConcurrency(concurrency);
  }

  /**
   * Sets what {@code Dynabind.Builder.executor} sets, checked now.
   *
   * @param executor the executor
   */
  public void executor(Executor executor) {
    this.executor = Objects.requireNonNull(executor, "executor");
  }

  /**
   * Sets what {@code Dynabind.Builder.listener} sets, checked now.
   *
   * @param listener the batch listener
   */
  public void listener(BatchListener listener) {
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  /**
   * Sets what {@code Dynabind.Builder.operationListener} sets, checked now.
   *
   * @param listener the operation listener
   */
  public void operationListener(OperationListener listener) {
    this.operationListener = Objects.requireNonNull(listener, "listener");
  }

  /**
   * Sets what {@code Dynabind.Builder.clock} sets, checked now.
   *
   * @param clock the clock
   */
  public void clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Sets what {@code Dynabind.Builder.batchWindow} sets, checked now.
   *
   * @param window not negative
   */
  public void batchWindow(Duration window) {
    this.batchWindow =
        DynabindSettings.checkBatchWindow(Objects.requireNonNull(window, "window"));
  }

  /**
   * Sets what {@code Dynabind.Builder.contextCacheSize} sets, checked now.
   *
   * @param maxItems at least 1
   */
  public void contextCacheSize(int maxItems) {
    this.contextCacheSize = DynabindSettings.checkContextCacheSize(maxItems);
  }

  /**
   * Sets what {@code Dynabind.Builder.reportConsumedCapacity} sets, checked now.
   *
   * @param report whether batch requests ask for consumed capacity
   */
  public void reportConsumedCapacity(boolean report) {
    this.reportConsumedCapacity = report;
  }

  /**
   * Sets what {@code Dynabind.Builder.cursorKey} sets, checked now.
   *
   * @param key at least 16 bytes; copied
   */
  public void cursorKey(byte[] key) {
    Objects.requireNonNull(key, "key");
    if (key.length < 16) {
      throw new IllegalArgumentException(
          "cursorKey must have at least 16 bytes (32 recommended), got " + key.length);
    }
    this.cursorKey = key.clone();
  }

  /**
   * Sets what {@code Dynabind.Builder.sleeper} sets, checked now.
   *
   * @param sleeper how retries wait; replaced by tests
   */
  public void sleeper(Sleeper sleeper) {
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
  }

  /**
   * The settings, with the environment's and the shared pool's defaults applied.
   *
   * @return the settings
   * @throws IllegalStateException when no client was set
   */
  public DynabindSettings build() {
    if (client == null) {
      throw new IllegalStateException("Dynabind.builder().client(...) is required");
    }
    return new DynabindSettings(client, tableNamePrefix,
        DynabindSettings.requireBatchContext(requireBatchContext), retryPolicy, concurrency,
        DynabindSettings.executor(executor), listener, operationListener, clock, batchWindow,
        contextCacheSize, reportConsumedCapacity, sleeper);
  }

  /**
   * The key that signs page cursors: the one set, else a random one for this entry point.
   *
   * @return the key
   */
  public byte[] cursorKeyOrRandom() {
    if (cursorKey != null) {
      return cursorKey;
    }
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return key;
  }
}
