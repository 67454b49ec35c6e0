package dev.dynabind.runtime;

import dev.dynabind.runtime.expression.Condition;
import dev.dynabind.runtime.expression.Update;
import dev.dynabind.runtime.internal.batch.Pending;
import dev.dynabind.runtime.internal.batch.UpdateAll;
import dev.dynabind.runtime.internal.config.Arguments;
import dev.dynabind.runtime.internal.context.ContextLoader;
import dev.dynabind.runtime.internal.context.TableBatches;
import dev.dynabind.runtime.internal.lifecycle.LifecycleUpdate;
import dev.dynabind.runtime.internal.op.DeleteItemOperation;
import dev.dynabind.runtime.internal.op.GetItemOperation;
import dev.dynabind.runtime.internal.op.Operation;
import dev.dynabind.runtime.internal.op.PutItemOperation;
import dev.dynabind.runtime.internal.op.QueryPages;
import dev.dynabind.runtime.internal.op.TableReads;
import dev.dynabind.runtime.internal.op.UpdateItemOperation;
import dev.dynabind.runtime.internal.op.WriteCondition;
import dev.dynabind.runtime.internal.table.ItemId;
import dev.dynabind.runtime.internal.table.PartitionQuery;
import dev.dynabind.runtime.internal.table.ReadSpec;
import dev.dynabind.runtime.internal.table.ReadTarget;
import dev.dynabind.runtime.internal.table.RecordKeys;
import dev.dynabind.runtime.internal.table.TableAdmin;
import dev.dynabind.runtime.internal.table.TableBinding;
import dev.dynabind.runtime.internal.table.TableScope;
import dev.dynabind.runtime.internal.table.TenantKeys;
import dev.dynabind.runtime.spi.TableCodec;
import dev.dynabind.runtime.spi.ValueEncoder;
import dev.dynabind.runtime.spi.WriteStamp;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The typed operations of one table, shared by every generated {@code <Record>Repository}, which
 * extends it and adds the methods whose signatures depend on the record (queries, locks).
 *
 * <p>When the {@link Dynabind} was built with a {@link Tenancy}, every item operation (reads,
 * writes, batches, queries, scans, counts, pages, locks) acts for the {@link Tenant} in effect
 * when it is called, and a strict tenancy refuses it outside a tenant with
 * {@link TenantRequiredException} before sending anything; creating and describing the table are
 * not scoped. Such a repository's table must have a string partition key.
 *
 * @param <R> the record type
 * @param <K> the key type
 */
public abstract class Repository<R, K>
    implements ItemOperations<R, K>, BatchOperations<R, K>, ScanOperations<R> {
  private final Dynabind db;
  private final TableCodec<R, K> codec;
  private final String tableName;
  private final RecordKeys<R, K> recordKeys;
  private final TableBinding<R, K> binding;
  private final Tenancy tenancy;
  private final TableBinding<R, K> tenantBinding;

  /**
   * Binds a codec to a {@link Dynabind}.
   *
   * @param db the entry point
   * @param codec the generated codec
   * @throws IllegalArgumentException when {@code db} has a {@link Tenancy} and the table's
   *     partition key is not a string
   */
  protected Repository(Dynabind db, TableCodec<R, K> codec) {
    this.db = Objects.requireNonNull(db, "db");
    this.codec = Objects.requireNonNull(codec, "codec");
    this.tableName = db.tableName(codec.metadata());
    this.recordKeys = new RecordKeys<>(codec, tableName);
    this.binding = new TableBinding<>(tableName, codec, this::decodeStored);
    this.tenancy = db.tenancy().orElse(null);
    String partitionKey = codec.metadata().partitionKey().attributeName();
    this.tenantBinding = new TableBinding<>(tableName, codec,
        item -> decodeStored(TenantKeys.stripped(item, partitionKey)));
    if (tenancy != null && codec.metadata().partitionKey().type() != ScalarAttributeType.S) {
      throw new IllegalArgumentException("table '" + tableName + "' has the partition key '"
          + partitionKey + "' of type " + codec.metadata().partitionKey().type() + ", but a"
          + " Dynabind with " + tenancy + " stores each tenant's id in front of a string"
          + " partition key; use a Dynabind without tenancy for this table");
    }
  }

  /**
   * The table name requests use, prefix included.
   *
   * @return the table name
   */
  public final String tableName() {
    return tableName;
  }

  /**
   * The codec of this table.
   *
   * @return the codec
   */
  public final TableCodec<R, K> codec() {
    return codec;
  }

  /**
   * The entry point this repository was made with.
   *
   * @return the entry point
   */
  public final Dynabind db() {
    return db;
  }

  @Override
  public Optional<R> get(K key) {
    BatchContext context = contextOrCheckStrict();
    Map<String, AttributeValue> encodedKey = recordKeys().encode(key);
    if (context != null) {
      return context.loader(db).get(binding(), encodedKey, readTag(key));
    }
    return directGet(binding(), encodedKey);
  }

  private Optional<R> directGet(TableBinding<R, K> table, Map<String, AttributeValue> encodedKey) {
    return run(GetItemOperation.of(table, encodedKey, false));
  }

  @Override
  public CompletableFuture<Optional<R>> getAsync(K key) {
    BatchContext context = contextOrCheckStrict();
    Map<String, AttributeValue> encodedKey = recordKeys().encode(key);
    TableBinding<R, K> table = binding();
    if (context != null) {
      return context.loader(db).load(table, encodedKey, readTag(key));
    }
    return CompletableFuture.supplyAsync(() -> directGet(table, encodedKey), db.workExecutor());
  }

  private Pending readTag(K key) {
    return Pending.read(binding(), key);
  }

  /** The batch calls of this table as this repository names it now. */
  private TableBatches<R, K> batches() {
    return db.batchServices().of(binding(), recordKeys());
  }

  @Override
  public R save(R item) {
    return put(item, null);
  }

  @Override
  public void delete(K key) {
    deleteItem(key, null);
  }

  /**
   * Sends a single-item write. Inside a batch context the cache then holds what the write left
   * stored; when the write fails its outcome is unknown, so the cache forgets the key and the
   * next read asks DynamoDB. Every single-item write path goes through here.
   *
   * @param context the caller's context, or null
   * @param encodedKey the item's key
   * @param stored the item stored afterwards, or empty for a delete
   * @param send sends the write
   */
  final void writeThrough(BatchContext context, Map<String, AttributeValue> encodedKey,
      Optional<R> stored, Runnable send) {
    writeThrough(context, encodedKey, () -> {
      send.run();
      return stored;
    });
  }

  /**
   * Sends a single-item write whose stored result is known only from its answer (an update), as
   * {@link #writeThrough(BatchContext, Map, Optional, Runnable)} does.
   *
   * @param context the caller's context, or null
   * @param encodedKey the item's key
   * @param send sends the write and returns the item stored afterwards, or empty for none
   * @return what {@code send} returned
   */
  final Optional<R> writeThrough(BatchContext context, Map<String, AttributeValue> encodedKey,
      Supplier<Optional<R>> send) {
    if (context == null) {
      return send.get();
    }
    ContextLoader loader = context.loader(db);
    ItemId id = new ItemId(tableName, encodedKey);
    Optional<R> stored;
    try {
      stored = send.get();
    } catch (RuntimeException | Error e) {
      loader.evict(codec, id);
      throw e;
    }
    loader.stored(codec, id, stored);
    return stored;
  }

  // Conditional writes and updates: each builds one operation and runs it through the pipeline.

  @Override
  public R save(R item, Condition condition) {
    return put(item, Arguments.required(condition, "condition"));
  }

  @Override
  public void delete(K key, Condition condition) {
    deleteItem(key, Arguments.required(condition, "condition"));
  }

  @Override
  public R update(K key, Update update) {
    return updateItem(key, update, null);
  }

  @Override
  public R update(K key, Update update, Condition condition) {
    return updateItem(key, update, Arguments.required(condition, "condition"));
  }

  @Override
  public void updateAll(Collection<K> keys, Update update) {
    updateAllKeys(keys, update, null);
  }

  @Override
  public void updateAll(Collection<K> keys, Update update, Condition condition) {
    updateAllKeys(keys, update, Arguments.required(condition, "condition"));
  }

  private void updateAllKeys(Collection<K> keys, Update update, Condition condition) {
    Arguments.required(keys, "keys");
    Arguments.required(update, "update");
    checkUpdatable();
    BatchContext context = contextOrCheckStrict();
    LifecycleUpdate lifecycle = lifecycleOf(update);
    // One instant for the whole call, as a batch put has; each request gets its own id.
    WriteStamp stamp = db.writeStamp();
    UpdateAll.run(db.batchServices().runner(), binding(), recordKeys(), keys,
        encodedKey -> updateEncoded(context, encodedKey, lifecycle.stamped(stamp), condition));
  }

  private R put(R item, Condition condition) {
    Arguments.required(item, "item");
    BatchContext context = contextOrCheckStrict();
    R stored = codec.beforeWrite(item, db.writeStamp());
    RecordKeys<R, K> keys = recordKeys();
    Map<String, AttributeValue> encoded = keys.encodeItem(stored);
    Map<String, AttributeValue> encodedKey = keys.keyOf(encoded);
    writeThrough(context, encodedKey, Optional.of(stored), () -> run(
        PutItemOperation.save(tableName, codec.metadata(), encodedKey, encoded, condition)));
    return stored;
  }

  private void deleteItem(K key, Condition condition) {
    BatchContext context = contextOrCheckStrict();
    Map<String, AttributeValue> encodedKey = recordKeys().encode(key);
    writeThrough(context, encodedKey, Optional.empty(), () -> run(new DeleteItemOperation(
        tableName, codec.metadata(), encodedKey, WriteCondition.of(condition, codec.metadata()))));
  }

  private R updateItem(K key, Update update, Condition condition) {
    Arguments.required(update, "update");
    checkUpdatable();
    BatchContext context = contextOrCheckStrict();
    Map<String, AttributeValue> encodedKey = recordKeys().encode(key);
    return updateEncoded(context, encodedKey, lifecycleOf(update).stamped(db.writeStamp()),
        condition);
  }

  /**
   * The caller's update checked against the table's lifecycle attributes, ready to be stamped;
   * every update path ({@code update}, {@code updateAll}, transaction updates) goes through here.
   *
   * @param update the caller's changes
   * @return the update with the lifecycle actions to add
   * @throws IllegalArgumentException when the update changes an attribute the lifecycle owns
   */
  final LifecycleUpdate lifecycleOf(Update update) {
    return LifecycleUpdate.of(tableName, codec.metadata(), update);
  }

  /**
   * Sends one update of a validated key through the pipeline and the context cache; every update
   * path ({@code update}, {@code updateAll}) goes through here.
   *
   * @param context the caller's context, or null
   * @param encodedKey the key, already validated
   * @param update the changes
   * @param condition the condition, or null
   * @return the item as stored afterwards
   */
  final R updateEncoded(BatchContext context, Map<String, AttributeValue> encodedKey,
      Update update, Condition condition) {
    return writeThrough(context, encodedKey, () -> Optional.of(run(
        UpdateItemOperation.returningNew(binding(), encodedKey, update, condition)))).orElseThrow();
  }

  /**
   * Refuses updates where they cannot be applied as asked; all tables but locked ones take them.
   *
   * @throws DynabindException when this table refuses updates
   */
  void checkUpdatable() {}

  @Override
  public List<R> batchGet(Collection<K> keys) {
    return batchGet(keys, BatchGetOptions.defaults());
  }

  @Override
  public List<R> batchGet(Collection<K> keys, BatchGetOptions options) {
    return batches().get(keys, options);
  }

  @Override
  public List<R> batchSave(Collection<R> items) {
    return batches().save(items, BatchWriteOptions.defaults());
  }

  @Override
  public List<R> batchSave(Collection<R> items, BatchWriteOptions options) {
    return batches().save(items, options);
  }

  @Override
  public void batchSave(Stream<R> items) {
    batchSave(items, BatchWriteOptions.defaults());
  }

  @Override
  public void batchSave(Stream<R> items, BatchWriteOptions options) {
    batches().save(items, options);
  }

  @Override
  public void batchDelete(Collection<K> keys) {
    batches().delete(keys);
  }

  @Override
  public void batchDelete(Stream<K> keys) {
    batches().delete(keys);
  }

  @Override
  public void batchWrite(Stream<Write<R, K>> writes) {
    batchWrite(writes, BatchWriteOptions.defaults());
  }

  @Override
  public void batchWrite(Stream<Write<R, K>> writes, BatchWriteOptions options) {
    batches().write(writes, options);
  }

  @Override
  public Stream<R> batchGet(Stream<K> keys) {
    return batchGet(keys, StreamReadOptions.defaults());
  }

  @Override
  public Stream<R> batchGet(Stream<K> keys, BatchGetOptions options) {
    return batchGet(keys,
        StreamReadOptions.builder().read(Arguments.required(options, "options")).build());
  }

  @Override
  public Stream<R> batchGet(Stream<K> keys, StreamReadOptions options) {
    return batches().stream(keys, options);
  }

  @Override
  public void batchDeleteItems(Collection<R> items) {
    batches().deleteItems(items);
  }

  /**
   * Creates the table with on-demand billing unless it exists, waits until it is active, and
   * enables TTL on the lock expiry attribute of a {@code @LockedBy} table, or on the
   * {@code @Ttl} attribute. Exempt from strict mode.
   *
   * @throws DynabindException when the table exists with other keys than the record's (names,
   *     key types or attribute types; the message shows both), or with TTL enabled on another
   *     attribute than the one the record needs
   */
  public void createTable() {
    TableAdmin.create(client(), tableName, codec.metadata());
  }

  /**
   * The items of one partition in sort key order, read lazily page by page; called by generated
   * {@code query} methods.
   *
   * @param partition the encoded partition key
   * @param condition the sort key condition, or null for the whole partition
   * @param sortEncoder encodes the condition's values
   * @param <S> the sort key type
   * @return a lazy stream; each page is fetched when the previous one is consumed
   * @throws BatchContextRequiredException in strict mode outside a batch context
   */
  protected final <S> Stream<R> queryPartition(
      AttributeValue partition, SortKey<S> condition, ValueEncoder<S> sortEncoder) {
    contextOrCheckStrict();
    QueryRequest request = PartitionQuery.request(tableName, codec.metadata(), partition,
        condition, sortEncoder, tenantPrefix());
    return QueryPages.items(db.pipeline(), request)
        .filter(item -> !isLockItem(item))
        .map(binding()::decode);
  }

  // Scans, counts, pages and indexes: one block, see TableReads for the shared machinery.

  @Override
  public Stream<R> scan() {
    return scan(ScanOptions.defaults());
  }

  @Override
  public Stream<R> scan(ScanOptions options) {
    Arguments.required(options, "options");
    TableReads<R> reads = tableReads(null);
    if (options.segments() > 1) {
      return reads.parallelScan(options.spec(), options.segments(), options.idleTimeout());
    }
    return reads.items(reads.scanRequest(options.spec(), null, null), 0, 1, true);
  }

  @Override
  public Stream<R> scanSegment(int segment, int totalSegments) {
    return scanSegment(segment, totalSegments, ScanOptions.defaults());
  }

  @Override
  public Stream<R> scanSegment(int segment, int totalSegments, ScanOptions options) {
    Arguments.required(options, "options");
    if (totalSegments < 1 || totalSegments > 1_000_000 || segment < 0
        || segment >= totalSegments) {
      throw new IllegalArgumentException("scanSegment needs 0 <= segment < totalSegments <="
          + " 1000000, got segment " + segment + " of " + totalSegments);
    }
    TableReads<R> reads = tableReads(null);
    return reads.items(reads.scanRequest(options.spec(), segment, totalSegments), segment,
        totalSegments, true);
  }

  @Override
  public long count() {
    TableReads<R> reads = tableReads(null);
    return reads.count(reads.scanRequest(ReadSpec.ALL.counting(), null, null));
  }

  @Override
  public long count(Condition filter) {
    TableReads<R> reads = tableReads(null);
    return reads.count(reads.scanRequest(
        ScanOptions.filter(filter).spec().counting(), null, null));
  }

  @Override
  public Page<R> scanPage(PageRequest page) {
    return scanPage(ScanOptions.defaults(), page);
  }

  @Override
  public Page<R> scanPage(ScanOptions options, PageRequest page) {
    Arguments.required(options, "options");
    Arguments.required(page, "page");
    if (options.segments() != 1) {
      throw new IllegalArgumentException("scanPage reads one segment; use scan(options) for a"
          + " parallel scan of table '" + tableName + "'");
    }
    TableReads<R> reads = tableReads(null);
    return reads.page(reads.scanRequest(options.spec(), null, null), page);
  }

  /**
   * The queries of the table's own key, for generated {@code query} and {@code queryPage}
   * methods.
   *
   * @param partitionEncoder encodes and checks a partition key value
   * @param sortEncoder encodes sort key condition values as the sort key is stored
   * @param <P> the partition key type
   * @param <S> the sort key type
   * @return the queries
   */
  protected final <P, S> SortedIndex<R, P, S> keyQueries(
      Function<P, AttributeValue> partitionEncoder, ValueEncoder<S> sortEncoder) {
    return new SortedIndex<>(tableReads(null), partitionEncoder, sortEncoder);
  }

  /**
   * The queries of a secondary index without a sort key, for generated index methods.
   *
   * @param indexName an index of {@code codec().metadata().indexes()}
   * @param partitionEncoder encodes and checks an index partition key value
   * @param <P> the index partition key type
   * @return the index
   * @throws IllegalArgumentException when the table has no such index
   */
  protected final <P> SecondaryIndex<R, P> secondaryIndex(String indexName,
      Function<P, AttributeValue> partitionEncoder) {
    return new SecondaryIndex<>(tableReads(indexName), partitionEncoder);
  }

  /**
   * The queries of a secondary index with a sort key, for generated index methods.
   *
   * @param indexName an index of {@code codec().metadata().indexes()}
   * @param partitionEncoder encodes and checks an index partition key value
   * @param sortEncoder encodes sort key condition values as the index sort key is stored
   * @param <P> the index partition key type
   * @param <S> the index sort key type
   * @return the index
   * @throws IllegalArgumentException when the table has no such index
   */
  protected final <P, S> SortedIndex<R, P, S> sortedIndex(String indexName,
      Function<P, AttributeValue> partitionEncoder, ValueEncoder<S> sortEncoder) {
    return new SortedIndex<>(tableReads(indexName), partitionEncoder, sortEncoder);
  }

  private TableReads<R> tableReads(String indexName) {
    ReadTarget target = indexName == null
        ? new ReadTarget(tableName, codec.metadata(), null)
        : ReadTarget.index(tableName, codec.metadata(), indexName);
    return db.pagedReads().of(target,
        new TableScope<R>(this::binding, this::tenantPrefix, recordKeys::isLockItem));
  }

  /**
   * Runs a single-request operation through the pipeline, which retries and translates errors.
   *
   * @param operation the operation
   * @param <T> the result type
   * @return the result
   */
  final <T> T run(Operation<?, ?, T> operation) {
    return db.pipeline().run(operation);
  }

  /**
   * Decodes a stored item of this table. Every read path of the runtime decodes here, because a
   * codec names the table of {@code @Table} in an {@link ItemDecodeException}, and only the
   * repository knows the prefixed name that requests use.
   *
   * @param item the stored item
   * @return the record
   * @throws ItemDecodeException naming {@link #tableName()}
   */
  final R decode(Map<String, AttributeValue> item) {
    // Outside a tenant a strict tenancy reads nothing, so what a strict one decodes is scoped.
    boolean scoped = tenancy != null && (tenancy.isStrict() || Tenant.current().isPresent());
    return (scoped ? tenantBinding : binding).decode(item);
  }

  private R decodeStored(Map<String, AttributeValue> item) {
    try {
      return codec.decode(item);
    } catch (ItemDecodeException e) {
      throw e.inTable(tableName);
    }
  }

  /**
   * Whether a stored item is the lock item of another item rather than a record.
   *
   * @param item the stored item
   * @return true for a lock item
   */
  protected final boolean isLockItem(Map<String, AttributeValue> item) {
    return recordKeys.isLockItem(item);
  }

  /**
   * How this repository encodes keys and items: the one place that refuses reserved keys.
   *
   * @return the encoder
   */
  final RecordKeys<R, K> recordKeys() {
    String prefix = tenantPrefix();
    return prefix == null ? recordKeys : recordKeys.forTenant(prefix);
  }

  /**
   * The partition key prefix of the tenant in effect; every item operation asks for it (through
   * {@link #recordKeys()}, {@link #binding()} or a read), so this is where a strict tenancy
   * refuses to act outside a tenant.
   *
   * @return the prefix, or null without tenancy or outside a tenant of a lenient one
   * @throws TenantRequiredException outside a tenant of a strict tenancy
   */
  final String tenantPrefix() {
    return tenancy == null ? null : tenancy.prefixFor(tableName);
  }

  /**
   * What the internals know of this table.
   *
   * @return the binding
   */
  final TableBinding<R, K> binding() {
    return tenantPrefix() == null ? binding : tenantBinding;
  }

  /**
   * The identity of an item of this table, as batch calls and the context cache match items.
   *
   * @param key the key, already validated
   * @return the table name and encoded key
   */
  final ItemId idOf(K key) {
    return new ItemId(tableName, recordKeys().encodeKeyOnly(key));
  }

  /**
   * Whether the calling thread runs inside a {@link BatchContext}, so reads through this
   * repository are batched and cached.
   *
   * @return true inside a context
   */
  public final boolean isInsideBatchContext() {
    return BatchContext.isActive();
  }

  /**
   * The calling thread's batch context; outside one, null, or in strict mode an exception.
   *
   * @return the context or null
   * @throws BatchContextRequiredException in strict mode outside a context
   */
  protected final BatchContext contextOrCheckStrict() {
    return db.contextOrCheckStrict();
  }

  /**
   * The SDK client.
   *
   * @return the client
   */
  protected final DynamoDbClient client() {
    return db.client();
  }
}
