package dev.dynabind.runtime.internal.config;

import dev.dynabind.runtime.BatchListener;
import dev.dynabind.runtime.OperationListener;
import dev.dynabind.runtime.Dynabind;
import dev.dynabind.runtime.RetryPolicy;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The configuration of a {@link Dynabind} once built, and the checks and defaults its
 * {@link Dynabind.Builder} applies as each value is set.
 */
public record DynabindSettings(
    DynamoDbClient client,
    String tableNamePrefix,
    boolean requireBatchContext,
    RetryPolicy retryPolicy,
    int concurrency,
    Executor executor,
    BatchListener listener,
    OperationListener operationListener,
    Clock clock,
    Duration batchWindow,
    int contextCacheSize,
    boolean reportConsumedCapacity,
    Sleeper sleeper) {

  public static final int DEFAULT_CONCURRENCY = 4;
  public static final Duration DEFAULT_BATCH_WINDOW = Duration.ofMillis(2);
  public static final int DEFAULT_CONTEXT_CACHE_SIZE = 10_000;

  /** Table names allow only these characters, so a prefix must too. */
  public static String checkTableNamePrefix(String prefix) {
    if (!prefix.chars().allMatch(c -> Character.isLetterOrDigit(c) && c < 128
        || c == '_' || c == '.' || c == '-')) {
      throw new IllegalArgumentException(
          "tableNamePrefix may only hold a-z A-Z 0-9 _ . - but was '" + prefix + "'");
    }
    return prefix;
  }

  public static int checkConcurrency(int concurrency) {
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be >= 1, got " + concurrency);
    }
    return concurrency;
  }

  public static Duration checkBatchWindow(Duration window) {
    if (window.isNegative()) {
      throw new IllegalArgumentException("batchWindow must not be negative, got " + window);
    }
    return window;
  }

  public static int checkContextCacheSize(int maxItems) {
    if (maxItems < 1) {
      throw new IllegalArgumentException("contextCacheSize must be >= 1, got " + maxItems);
    }
    return maxItems;
  }

  /** What the builder was told, else the environment variable; off when neither says. */
  public static boolean requireBatchContext(Boolean told) {
    return told != null
        ? told
        : Boolean.parseBoolean(System.getenv(Dynabind.REQUIRE_BATCH_CONTEXT_ENV));
  }

  public static Executor executor(Executor told) {
    return told != null ? told : DefaultExecutor.instance();
  }
}
