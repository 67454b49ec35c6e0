package dev.dynabind.runtime;

import dev.dynabind.runtime.internal.batch.BatchFailures;
import dev.dynabind.runtime.internal.batch.BatchRunner;
import dev.dynabind.runtime.internal.batch.BatchSettings;
import dev.dynabind.runtime.internal.batch.Chunker;
import dev.dynabind.runtime.internal.config.DynabindSettings;
import dev.dynabind.runtime.internal.config.Sleeper;
import dev.dynabind.runtime.internal.context.BatchServices;
import dev.dynabind.runtime.internal.context.ContextLoader;
import dev.dynabind.runtime.internal.lifecycle.Stamp;
import dev.dynabind.runtime.internal.lifecycle.UuidV7Generator;
import dev.dynabind.runtime.internal.op.Pipeline;
import dev.dynabind.runtime.internal.table.PageCursors;
import dev.dynabind.runtime.spi.TableMetadata;
import dev.dynabind.runtime.spi.WriteStamp;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The entry point: one per application (or per environment), shared by every repository.
 * Immutable and thread-safe; it never closes the client, which stays the caller's.
 *
 * <pre>{@code
 * Dynabind db = Dynabind.builder().client(dynamoDbClient).tableNamePrefix("dev_").build();
 * UserRepository users = new UserRepository(db);
 * }</pre>
 */
public final class Dynabind {
  /** The environment variable that turns strict mode on when the builder does not say. */
  public static final String REQUIRE_BATCH_CONTEXT_ENV = "DYNABIND_REQUIRE_BATCH_CONTEXT";

  private final DynabindSettings settings;
  private final Pipeline pipeline;
  private final PageCursors cursors;
  private final UuidV7Generator ids;
  private final BatchServices batchServices;

  private Dynabind(DynabindSettings settings, byte[] cursorKey) {
    this.settings = settings;
    this.cursors = new PageCursors(cursorKey);
    this.ids = new UuidV7Generator(settings.clock());
    this.pipeline = new Pipeline(settings.client(), settings.retryPolicy(), settings.sleeper(),
        settings.operationListener());
    // The engine makes the API's exceptions through these constructor references.
    BatchRunner runner = new BatchRunner(new BatchSettings(settings.client(),
        settings.retryPolicy(), settings.concurrency(), settings.executor(), settings.listener(),
        settings.sleeper(), settings.reportConsumedCapacity()),
        new BatchFailures(UnprocessedItemsException::new, UpdateAllException::new));
    this.batchServices = new BatchServices(runner, this::contextLoaderOrCheckStrict,
        this::writeStamp);
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The SDK client every request goes through.
   *
   * @return the client
   */
  public DynamoDbClient client() {
    return settings.client();
  }

  /**
   * The prefix put before every table name.
   *
   * @return the prefix, possibly empty
   */
  public String tableNamePrefix() {
    return settings.tableNamePrefix();
  }

  /**
   * The table name requests use: the prefix followed by the name in {@code @Table}.
   *
   * @param metadata the table
   * @return the full name
   */
  public String tableName(TableMetadata metadata) {
    return settings.tableNamePrefix() + metadata.tableName();
  }

  /**
   * Whether repository operations outside a batch context throw.
   *
   * @return true in strict mode
   */
  public boolean requireBatchContext() {
    return settings.requireBatchContext();
  }

  /**
   * The retry policy of batch requests, of single requests (throttling, and server errors where
   * repeating is safe) and of lock acquisition and atomic updates.
   *
   * @return the policy
   */
  public RetryPolicy retryPolicy() {
    return settings.retryPolicy();
  }

  /**
   * How many chunk requests of one call may be in flight at once.
   *
   * @return at least 1
   */
  public int concurrency() {
    return settings.concurrency();
  }

  /**
   * Where parallel chunk requests, batch context reads and {@code getAsync} run: the executor
   * given to the builder, or a shared pool of at most 64 daemon threads (idle ones end after 60
   * seconds; more tasks wait in its queue).
   *
   * @return the executor
   */
  public Executor executor() {
    return settings.executor();
  }

  /**
   * Receives one event per batch request.
   *
   * @return the listener
   */
  public BatchListener listener() {
    return settings.listener();
  }

  /**
   * The clock of lock expiry, of {@code @CreatedAt} and {@code @UpdatedAt}, and of the
   * timestamps in {@code @GeneratedId} values.
   *
   * @return the clock
   */
  public Clock clock() {
    return settings.clock();
  }

  /**
   * How long a batch context waits for more keys before it sends what it has.
   *
   * @return the window, zero for "send at once"
   */
  public Duration batchWindow() {
    return settings.batchWindow();
  }

  /**
   * The most items a batch context caches for this entry point; past that the item used least
   * recently is dropped (and read again when asked for).
   *
   * @return at least 1
   */
  public int contextCacheSize() {
    return settings.contextCacheSize();
  }

  /**
   * The calling thread's batch context, or null outside one; the one place that applies strict
   * mode, which every data operation passes before it sends anything.
   *
   * @throws BatchContextRequiredException in strict mode outside a context
   * @throws IllegalStateException when the thread is inside a context that has ended
   */
  BatchContext contextOrCheckStrict() {
    BatchContext context = BatchContext.currentOrNull();
    if (context == null) {
      if (settings.requireBatchContext()) {
        throw new BatchContextRequiredException();
      }
    } else {
      context.checkNotEnded();
    }
    return context;
  }

  /** The calling thread's context loader of this entry point, as {@link #contextOrCheckStrict}. */
  private ContextLoader contextLoaderOrCheckStrict() {
    BatchContext context = contextOrCheckStrict();
    return context == null ? null : context.loader(this);
  }

  /**
   * Starts an atomic write of several locked items, of one or more tables, committed in one
   * TransactWriteItems: a {@link #transaction()} of {@code setAtomic} actions that returns the new
   * locks.
   *
   * @return a new, empty write
   */
  public AtomicWrite atomic() {
    return new AtomicWrite(this);
  }

  /**
   * Starts a transaction: puts, updates, deletes, condition checks and atomic writes of locked
   * items, across tables, applied all or nothing in one TransactWriteItems.
   *
   * @return a new, empty transaction
   */
  public Transaction transaction() {
    return new Transaction(this);
  }

  /**
   * Starts a transactional read: up to 100 items across tables read as one consistent snapshot
   * in one TransactGetItems.
   *
   * @return a new, empty read
   */
  public TransactGet transactGet() {
    return new TransactGet(this);
  }

  /**
   * Whether batch requests ask DynamoDB for the capacity they consumed, reported in
   * {@link BatchEvent#consumedCapacity()}.
   *
   * @return true when asked for
   */
  public boolean reportConsumedCapacity() {
    return settings.reportConsumedCapacity();
  }

  /**
   * The most items a streamed batch write ({@code batchSave(Stream)}, {@code batchDelete(Stream)})
   * holds at once: pulled from the stream but not yet written. That is {@code concurrency}
   * chunks of 25 in flight plus one chunk being filled.
   *
   * @return {@code (concurrency + 1) * 25}
   */
  public int streamInFlightLimit() {
    return (settings.concurrency() + 1) * Chunker.MAX_WRITES_PER_WRITE;
  }

  /**
   * Starts a read of keys across repositories, sent together in shared BatchGetItem requests.
   *
   * @return a new single-use batch
   */
  public BatchGet batchGet() {
    return new BatchGet(this);
  }

  /**
   * Starts a mix of puts and deletes across repositories, sent together in shared
   * BatchWriteItem requests.
   *
   * @return a new single-use batch
   */
  public BatchWrite batchWrite() {
    return batchWrite(BatchWriteOptions.defaults());
  }

  /**
   * Starts a mix of puts and deletes across repositories with options, such as
   * {@link BatchWriteOptions#skipVersionCheck()} to put items of {@code @Version} tables.
   *
   * @param options the options
   * @return a new single-use batch
   */
  public BatchWrite batchWrite(BatchWriteOptions options) {
    return new BatchWrite(this, Objects.requireNonNull(options, "options"));
  }

  /**
   * The stamp of one write: the clock's instant now, and this entry point's id generator.
   *
   * @return a new stamp
   */
  WriteStamp writeStamp() {
    return new Stamp(settings.clock().instant(), ids);
  }

  /** Runs batch calls, reaches the calling thread's context, stamps writes. */
  BatchServices batchServices() {
    return batchServices;
  }

  /** Runs every single-request operation of this entry point's repositories. */
  Pipeline pipeline() {
    return pipeline;
  }

  /** Signs and checks the cursors of pages read through this entry point. */
  PageCursors cursors() {
    return cursors;
  }

  /** Receives single-request events and scan progress. */
  OperationListener operationListener() {
    return settings.operationListener();
  }

  /** How the retry loop waits and measures; replaced by tests. */
  Sleeper sleeper() {
    return settings.sleeper();
  }

  /** Builds a {@link Dynabind}, validating each value as it is set. */
  public static final class Builder {
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

    private Builder() {}

    /**
     * The SDK client; required. The caller keeps owning it and closes it.
     *
     * @param client the client
     * @return this builder
     */
    public Builder client(DynamoDbClient client) {
      this.client = Objects.requireNonNull(client, "client");
      return this;
    }

    /**
     * A prefix put before every table name, such as {@code "dev_"}.
     *
     * @param prefix the prefix, possibly empty
     * @return this builder
     */
    public Builder tableNamePrefix(String prefix) {
      this.tableNamePrefix =
          DynabindSettings.checkTableNamePrefix(Objects.requireNonNull(prefix, "prefix"));
      return this;
    }

    /**
     * Strict mode: every repository operation outside a batch context throws
     * {@link BatchContextRequiredException}. When not set, the environment variable
     * {@value Dynabind#REQUIRE_BATCH_CONTEXT_ENV} decides ({@code true} turns it on).
     *
     * @param require whether a context is required
     * @return this builder
     */
    public Builder requireBatchContext(boolean require) {
      this.requireBatchContext = require;
      return this;
    }

    /**
     * The retry policy; {@link RetryPolicy#defaults()} when not set.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * How many chunk requests of one call may be in flight at once; 4 when not set.
     *
     * @param concurrency at least 1
     * @return this builder
     */
    public Builder concurrency(int concurrency) {
      this.concurrency = DynabindSettings.checkConcurrency(concurrency);
      return this;
    }

    /**
     * Where parallel requests, batch context reads and {@code getAsync} run; by default a shared
     * pool of at most 64 daemon threads. Any size works, a single thread included: a call that
     * waits for its own requests runs those no thread has started yet itself.
     *
     * @param executor the executor; the caller keeps owning it
     * @return this builder
     */
    public Builder executor(Executor executor) {
      this.executor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /**
     * Receives one event per batch request.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(BatchListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Receives one event per single request (GetItem, PutItem, DeleteItem, UpdateItem,
     * TransactWriteItems, each Query and Scan page), retries included; batch requests go to
     * {@link #listener(BatchListener)}.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder operationListener(OperationListener listener) {
      this.operationListener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * The clock of lock expiry, of {@code @CreatedAt} and {@code @UpdatedAt}, and of the
     * timestamps in {@code @GeneratedId} values; the system UTC clock when not set. Tests set
     * one they control, such as {@code dynabind-test}'s {@code MutableClock}.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * How long a batch context waits for more keys before it sends what it has; 2 ms when not
     * set, zero to send at once.
     *
     * @param window not negative
     * @return this builder
     */
    public Builder batchWindow(Duration window) {
      this.batchWindow =
          DynabindSettings.checkBatchWindow(Objects.requireNonNull(window, "window"));
      return this;
    }

    /**
     * The most items one batch context caches for this entry point; 10,000 when not set. Past
     * that the item used least recently is dropped and read again when asked for.
     *
     * @param maxItems at least 1
     * @return this builder
     */
    public Builder contextCacheSize(int maxItems) {
      this.contextCacheSize = DynabindSettings.checkContextCacheSize(maxItems);
      return this;
    }

    /**
     * Whether batch requests ask for the capacity they consumed ({@code ReturnConsumedCapacity
     * TOTAL}), reported in {@link BatchEvent#consumedCapacity()}; false when not set.
     *
     * @param report whether to ask
     * @return this builder
     */
    public Builder reportConsumedCapacity(boolean report) {
      this.reportConsumedCapacity = report;
      return this;
    }

    /**
     * The secret that signs page cursors (HMAC-SHA256), so that a cursor altered or forged by a
     * client is refused. Give every instance of a service the same key (from a secret store) for
     * cursors that stay valid across instances and restarts. When not set, each {@link Dynabind}
     * draws a random key: its cursors are valid only for pages read through that same instance.
     *
     * @param key at least 16 bytes (32 recommended); copied
     * @return this builder
     * @throws IllegalArgumentException when shorter than 16 bytes
     */
    public Builder cursorKey(byte[] key) {
      Objects.requireNonNull(key, "key");
      if (key.length < 16) {
        throw new IllegalArgumentException(
            "cursorKey must have at least 16 bytes (32 recommended), got " + key.length);
      }
      this.cursorKey = key.clone();
      return this;
    }

    /** Replaces real waiting and timing in the retry loop; for tests. */
    Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /**
     * Builds the instance.
     *
     * @return the instance
     * @throws IllegalStateException when no client was set
     */
    public Dynabind build() {
      if (client == null) {
        throw new IllegalStateException("Dynabind.builder().client(...) is required");
      }
      return new Dynabind(new DynabindSettings(client, tableNamePrefix,
          DynabindSettings.requireBatchContext(requireBatchContext), retryPolicy, concurrency,
          DynabindSettings.executor(executor), listener, operationListener, clock, batchWindow, contextCacheSize,
          reportConsumedCapacity, sleeper), cursorKey != null ? cursorKey : randomCursorKey());
    }

    private static byte[] randomCursorKey() {
      byte[] key = new byte[32];
      new SecureRandom().nextBytes(key);
      return key;
    }
  }
}
