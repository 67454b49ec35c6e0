package dev.dynabind.runtime;

import dev.dynabind.runtime.internal.batch.BatchFailures;
import dev.dynabind.runtime.internal.batch.Chunker;
import dev.dynabind.runtime.internal.config.Arguments;
import dev.dynabind.runtime.internal.config.DynabindSettings;
import dev.dynabind.runtime.internal.config.SettingsBuilder;
import dev.dynabind.runtime.internal.config.Sleeper;
import dev.dynabind.runtime.internal.context.BatchServices;
import dev.dynabind.runtime.internal.context.ContextLoader;
import dev.dynabind.runtime.internal.lifecycle.Stamp;
import dev.dynabind.runtime.internal.lifecycle.UuidV7Generator;
import dev.dynabind.runtime.internal.op.PagedReads;
import dev.dynabind.runtime.internal.op.Pipeline;
import dev.dynabind.runtime.internal.table.PageCursors;
import dev.dynabind.runtime.spi.TableMetadata;
import dev.dynabind.runtime.spi.WriteStamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
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
  private final UuidV7Generator ids;
  private final BatchServices batchServices;
  private final PagedReads pagedReads;
  private final Tenancy tenancy;
  private final Executor workExecutor;

  private Dynabind(DynabindSettings settings, byte[] cursorKey, Tenancy tenancy) {
    this.settings = settings;
    this.tenancy = tenancy;
    // Work the runtime hands to the pool acts for the tenant that handed it over.
    this.workExecutor =
        tenancy == null ? settings.executor() : Tenant.wrap(settings.executor());
    this.ids = new UuidV7Generator(settings.clock());
    this.pipeline = new Pipeline(settings.client(), settings.retryPolicy(), settings.sleeper(),
        settings.operationListener());
    // The engine makes the API's exceptions through these constructor references.
    this.batchServices = BatchServices.of(settings, workExecutor,
        new BatchFailures(UnprocessedItemsException::new, UpdateAllException::new),
        this::contextLoaderOrCheckStrict, this::writeStamp);
    this.pagedReads = new PagedReads(pipeline, workExecutor, settings.concurrency(),
        settings.operationListener(), new PageCursors(cursorKey), this::contextOrCheckStrict);
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
   * How this instance keeps tenants apart.
   *
   * @return the tenancy set on the builder, or empty when tenants are ignored
   */
  public Optional<Tenancy> tenancy() {
    return Optional.ofNullable(tenancy);
  }

  /** The executor the runtime's own work runs on: {@link #executor()}, keeping the tenant. */
  Executor workExecutor() {
    return workExecutor;
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
   * The calling thread's batch context, or null outside one, with this entry point's strict mode
   * applied ({@link BatchContext#currentOrCheckStrict}); every data operation passes here before
   * it sends anything.
   *
   * @return the context or null
   * @throws BatchContextRequiredException in strict mode outside a context
   * @throws IllegalStateException when the thread is inside a context that has ended
   */
  BatchContext contextOrCheckStrict() {
    return BatchContext.currentOrCheckStrict(settings.requireBatchContext());
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

  /** Reads scans, queries, counts and pages of this entry point's repositories. */
  PagedReads pagedReads() {
    return pagedReads;
  }

  /** Runs every single-request operation of this entry point's repositories. */
  Pipeline pipeline() {
    return pipeline;
  }

  /** Builds a {@link Dynabind}, validating each value as it is set. */
  public static final class Builder {
    private final SettingsBuilder settings = new SettingsBuilder();
    private Tenancy tenancy;

    private Builder() {}

    /**
     * The SDK client; required. The caller keeps owning it and closes it.
     *
     * @param client the client
     * @return this builder
     */
    public Builder client(DynamoDbClient client) {
      settings.client(client);
      return this;
    }

    /**
     * A prefix put before every table name, such as {@code "dev_"}.
     *
     * @param prefix the prefix, possibly empty
     * @return this builder
     */
    public Builder tableNamePrefix(String prefix) {
      settings.tableNamePrefix(prefix);
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
      settings.requireBatchContext(require);
      return this;
    }

    /**
     * The retry policy; {@link RetryPolicy#defaults()} when not set.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy policy) {
      settings.retryPolicy(policy);
      return this;
    }

    /**
     * How many chunk requests of one call may be in flight at once; 4 when not set.
     *
     * @param concurrency at least 1
     * @return this builder
     */
    public Builder concurrency(int concurrency) {
      settings.concurrency(concurrency);
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
      settings.executor(executor);
      return this;
    }

    /**
     * Receives one event per batch request.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(BatchListener listener) {
      settings.listener(listener);
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
      settings.operationListener(listener);
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
      settings.clock(clock);
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
      settings.batchWindow(window);
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
      settings.contextCacheSize(maxItems);
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
      settings.reportConsumedCapacity(report);
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
      settings.cursorKey(key);
      return this;
    }

    /**
     * Scopes every item operation to the {@link Tenant} in effect, as the tenancy describes;
     * without this call tenants are ignored.
     *
     * @param tenancy such as {@link Tenancy#keyPrefix()}
     * @return this builder
     * @throws IllegalArgumentException when the tenancy is null
     */
    public Builder tenancy(Tenancy tenancy) {
      this.tenancy = Arguments.required(tenancy, "tenancy");
      return this;
    }

    /** Replaces real waiting and timing in the retry loop; for tests. */
    Builder sleeper(Sleeper sleeper) {
      settings.sleeper(sleeper);
      return this;
    }

    /**
     * Builds the instance.
     *
     * @return the instance
     * @throws IllegalStateException when no client was set
     */
    public Dynabind build() {
      return new Dynabind(settings.build(), settings.cursorKeyOrRandom(), tenancy);
    }
  }
}
