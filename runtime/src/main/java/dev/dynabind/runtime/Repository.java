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
public abstract class Repository<R, K> {
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

  /**
   * Reads one item (an eventually consistent GetItem).
   *
   * @param key the key
   * @return the item, or empty when there is none
   * @throws IllegalArgumentException when the key is null or empty, or is the key of a lock item;
   *     nothing is sent
   */
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

  /**
   * Reads one item without blocking the caller, on the {@link Dynabind#executor()}. Inside a
   * batch context each call returns a future of its own: completing or cancelling it changes
   * nothing for other reads of the key.
   *
   * @param key the key
   * @return the item, or empty when there is none
   * @throws IllegalArgumentException when the key is null or empty, or is the key of a lock item;
   *     nothing is sent
   */
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

  /**
   * Writes one item, replacing any item with the same key (a PutItem), and returns it as stored.
   *
   * <p>The item is first stamped with the {@link Dynabind#clock()}: a null {@code @GeneratedId}
   * gets a new id, a null {@code @CreatedAt} the write's instant, {@code @UpdatedAt} always the
   * write's instant. On a {@code @Version} table the put is conditioned on the version the item
   * carries, as the Enhanced Client's {@code VersionedRecordExtension} does: null or 0 means a new
   * item (no version may be stored), any other value must be the stored version; the item is
   * stored with that version plus one. Records without these annotations are stored as given,
   * unconditionally.
   *
   * @param item the item
   * @return the record as stored, with generated id, timestamps and version; {@code item} itself
   *     when the record has no lifecycle annotations
   * @throws IllegalArgumentException when the item is null, a key component is null or empty, or
   *     the key is that of a lock item; nothing is sent
   * @throws VersionConflictException on a {@code @Version} table when the stored version is not
   *     the one the item carries; nothing was written
   */
  public R save(R item) {
    return put(item, null);
  }

  /**
   * Deletes one item; deleting an absent item is not an error. On a {@code @Version} table no
   * version is checked (see {@link #delete(Object, Condition)}).
   *
   * @param key the key
   * @throws IllegalArgumentException when the key is null or empty, or is the key of a lock item;
   *     nothing is sent
   */
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

  /**
   * Writes one item only when a condition on the stored item holds (a conditional PutItem),
   * replacing any item with the same key. {@link Condition#ifAbsent()} creates an item only when
   * none exists:
   *
   * <pre>{@code
   * users.save(user, Condition.ifAbsent());
   * users.save(user, status.eq(Status.ACTIVE).and(loginCount.lt(10)));
   * }</pre>
   *
   * <p>Inside a batch context the cache then holds the item; after a failure it forgets the key.
   *
   * @param item the item
   * @param condition the condition on the item stored now (an absent item has no attributes, so
   *     {@code attribute_exists} and comparisons fail on it and {@code attribute_not_exists}
   *     holds); on a {@code @Version} table the version check must hold too
   * @return the record as stored, stamped as {@link #save(Object)} stamps it
   * @throws IllegalArgumentException when the item or condition is null, a key component is null
   *     or empty, or the key is that of a lock item; nothing is sent
   * @throws ConditionFailedException when the condition did not hold; nothing was written, and
   *     {@link ConditionFailedException#item} gives the item as it was
   * @throws VersionConflictException on a {@code @Version} table when the stored version is not
   *     the one the item carries; nothing was written
   */
  public R save(R item, Condition condition) {
    return put(item, Arguments.required(condition, "condition"));
  }

  /**
   * Deletes one item only when a condition on it holds (a conditional DeleteItem). With a
   * condition, an absent item fails unless the condition holds for an absent item. On a
   * {@code @Version} table a delete checks no version, as the Enhanced Client's do not; to delete
   * only the version read, pass {@code version.eq(read)} as the condition.
   *
   * @param key the key
   * @param condition the condition on the item stored now
   * @throws IllegalArgumentException when the key or condition is null, the key is empty, or it is
   *     the key of a lock item; nothing is sent
   * @throws ConditionFailedException when the condition did not hold; nothing was deleted, and
   *     {@link ConditionFailedException#item} gives the item as it was
   */
  public void delete(K key, Condition condition) {
    deleteItem(key, Arguments.required(condition, "condition"));
  }

  /**
   * Changes attributes of one item in place (an UpdateItem) and returns the item as stored
   * afterwards (ReturnValues {@code ALL_NEW}), decoded. Nothing is read first: counters added
   * from many threads at once land exactly.
   *
   * <pre>{@code
   * User after = users.update(key, Update.of(loginCount.add(1), tags.addAll(Set.of("vip")),
   *     address.city().set("Oslo"), expiresAt.remove()));
   * }</pre>
   *
   * <p><b>A missing item is created</b>, as DynamoDB does: from the key and what the update
   * sets. Its other components read as absent attributes do: null, or the Java default of a
   * primitive (0, false), or an empty set with {@code @EmptyWhenAbsent}. To change only items
   * that exist, pass {@link Condition#ifPresent()} to {@link #update(Object, Update, Condition)}.
   * The returned item is decoded from what DynamoDB stored; if it cannot be decoded (an attribute
   * of another type, written by other code), the update was applied all the same and
   * {@link ItemDecodeException} is thrown.
   *
   * <p>Key attributes cannot be updated: their generated references are read-only, so such an
   * update does not compile. Inside a batch context the cache then holds the returned item; after
   * a failure it forgets the key. On a {@code @LockedBy} table this method and
   * {@code updateAll} are refused (see {@link LockedRepository}), whereas
   * {@link Transaction#update(Repository, Object, Update)} is allowed there: it advances the
   * item's lock in the same transaction and returns no item.
   *
   * <p><b>Lifecycle.</b> The same request sets {@code @UpdatedAt} to the {@link Dynabind#clock()}'s
   * instant, and {@code @CreatedAt} and a non-key {@code @GeneratedId} only when it creates the
   * item ({@code if_not_exists}); it adds 1 to {@code @Version} (a created item gets 1). The
   * version is not checked: an update changes what is stored rather than replacing a version it
   * read. To apply it only to the version read, pass {@code version.eq(read)} as the condition of
   * {@link #update(Object, Update, Condition)}. The update itself may not change those
   * attributes (an {@link IllegalArgumentException}); {@code @Ttl} is the caller's to set.
   *
   * @param key the key
   * @param update the changes
   * @return the item as stored after the update
   * @throws IllegalArgumentException when the key or update is null, the key is empty, it is the
   *     key of a lock item, or the update changes an attribute that the lifecycle sets
   *     ({@code @GeneratedId}, {@code @CreatedAt}, {@code @UpdatedAt}, {@code @Version}); nothing
   *     is sent
   * @throws ItemDecodeException when the item after the update cannot be decoded into the record
   *     (the update was applied)
   * @throws DynabindException on a {@code @LockedBy} table (use {@code updateAtomic}, or
   *     {@link Transaction#update(Repository, Object, Update)}, which advances the lock); nothing
   *     is sent
   */
  public R update(K key, Update update) {
    return updateItem(key, update, null);
  }

  /**
   * Changes attributes of one item in place only when a condition on it holds, and returns the
   * item as stored afterwards; see {@link #update(Object, Update)}.
   *
   * <pre>{@code
   * users.update(key, Update.of(status.set(Status.ACTIVE)), Condition.ifPresent());
   * }</pre>
   *
   * @param key the key
   * @param update the changes
   * @param condition the condition on the item stored now; {@link Condition#ifPresent()} keeps
   *     the update from creating a missing item
   * @return the item as stored after the update, stamped as {@link #update(Object, Update)} says
   * @throws IllegalArgumentException when an argument is null, the key is empty, it is the key of
   *     a lock item, or the update changes an attribute that the lifecycle sets; nothing is sent
   * @throws ConditionFailedException when the condition did not hold; nothing was changed, and
   *     {@link ConditionFailedException#item} gives the item as it was
   * @throws ItemDecodeException when the item after the update cannot be decoded into the record
   *     (the update was applied)
   * @throws DynabindException on a {@code @LockedBy} table (use {@code updateAtomic}, or
   *     {@link Transaction#update(Repository, Object, Update)}, which advances the lock); nothing
   *     is sent
   */
  public R update(K key, Update update, Condition condition) {
    return updateItem(key, update, Arguments.required(condition, "condition"));
  }

  /**
   * Applies one update to many items, one UpdateItem per distinct key, sent in parallel up to
   * {@link Dynabind#concurrency()}; nothing is read first. Throttling is retried per the
   * {@link Dynabind#retryPolicy()}. As with {@link #update(Object, Update)}, missing items are
   * created; use {@link #updateAll(Collection, Update, Condition)} with
   * {@link Condition#ifPresent()} to change only existing ones. Lifecycle attributes are set as
   * {@link #update(Object, Update)} sets them, with one instant for the whole call and a new id
   * for each item created.
   *
   * <pre>{@code
   * users.updateAll(keys, Update.of(status.set(Status.INACTIVE)));
   * }</pre>
   *
   * @param keys the keys; duplicates are updated once
   * @param update the changes
   * @throws IllegalArgumentException when an argument is null, a key is null, empty or that of a
   *     lock item (naming it), or the update changes an attribute that the lifecycle sets; nothing
   *     is sent
   * @throws UpdateAllException when some items were not updated; it lists exactly those keys,
   *     each with why, and every other item was updated
   * @throws DynabindException on a {@code @LockedBy} table (use {@code updateAtomic}, or
   *     {@link Transaction#update(Repository, Object, Update)}, which advances the lock); nothing
   *     is sent
   */
  public void updateAll(Collection<K> keys, Update update) {
    updateAllKeys(keys, update, null);
  }

  /**
   * Applies one update to many items where a condition holds for each, one conditional
   * UpdateItem per distinct key, sent in parallel up to {@link Dynabind#concurrency()}. A failed
   * condition fails that key only; any other exception of a key's request (an error that the
   * retries did not cure, or an {@link ItemDecodeException} of the updated item) stops the call,
   * and the keys not yet sent are reported as not attempted. An {@link Error} is thrown itself,
   * with the {@link UpdateAllException} of the keys not updated suppressed on it.
   *
   * @param keys the keys; duplicates are updated once
   * @param update the changes
   * @param condition the condition on each item stored now
   * @throws IllegalArgumentException when an argument is null, a key is null, empty or that of a
   *     lock item (naming it), or the update changes an attribute that the lifecycle sets; nothing
   *     is sent
   * @throws UpdateAllException when some items were not updated; it lists exactly those keys,
   *     each with why ({@link UpdateAllException.Reason}), and every other item was updated
   * @throws DynabindException on a {@code @LockedBy} table (use {@code updateAtomic}, or
   *     {@link Transaction#update(Repository, Object, Update)}, which advances the lock); nothing
   *     is sent
   */
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

  /**
   * Reads many items at once, eventually consistent, in BatchGetItem requests of up to 100 keys
   * sent in parallel. See {@link #batchGet(Collection, BatchGetOptions)}.
   *
   * @param keys the keys; duplicates are read once
   * @return the items found, in the order of each key's first occurrence; keys without an item
   *     are simply absent
   * @throws IllegalArgumentException when a key is null or empty, naming it; nothing is sent
   * @throws UnprocessedItemsException when some keys could not be read after the last attempt
   */
  public List<R> batchGet(Collection<K> keys) {
    return batchGet(keys, BatchGetOptions.defaults());
  }

  /**
   * Reads many items at once in BatchGetItem requests of up to 100 distinct keys, sent in
   * parallel up to {@link Dynabind#concurrency()}; unprocessed keys, throttling and server errors
   * are retried per the {@link Dynabind#retryPolicy()}.
   *
   * @param keys the keys; duplicates are read once
   * @param options consistency and projection
   * @return the items found, in the order of each key's first occurrence; keys without an item
   *     are simply absent, and lock items are never returned
   * @throws IllegalArgumentException when a key is null or empty, naming it; nothing is sent
   * @throws UnprocessedItemsException when some keys could not be read after the last attempt
   *     or the calling thread was interrupted; it lists exactly those keys
   */
  public List<R> batchGet(Collection<K> keys, BatchGetOptions options) {
    return batches().get(keys, options);
  }

  /**
   * Writes many items at once in BatchWriteItem requests of 25, sent in parallel up to
   * {@link Dynabind#concurrency()}; each replaces any item with the same key. If the collection
   * holds two items with one key, the later one is written. Each item is stamped as
   * {@link #save} stamps it, all with one instant. Refused on a {@code @Version} table, which a
   * batch cannot check: see {@link #batchSave(Collection, BatchWriteOptions)}.
   *
   * @param items the items
   * @return the records as stored, in input order (one per element, duplicates included)
   * @throws IllegalArgumentException when an item is null, has a null or empty key, or is over
   *     400 KB, naming its key, or the table has {@code @Version}; nothing is sent
   * @throws UnprocessedItemsException when some items were not written after the last attempt or
   *     the calling thread was interrupted; every other item was written
   */
  public List<R> batchSave(Collection<R> items) {
    return batches().save(items, BatchWriteOptions.defaults());
  }

  /**
   * Writes many items at once as {@link #batchSave(Collection)}, with options; on a
   * {@code @Version} table {@link BatchWriteOptions#skipVersionCheck()} lets the items be written
   * without the version check (each stores its version plus one).
   *
   * @param items the items
   * @param options the options
   * @return the records as stored, in input order
   * @throws IllegalArgumentException as {@link #batchSave(Collection)}; nothing is sent
   * @throws UnprocessedItemsException as {@link #batchSave(Collection)}
   */
  public List<R> batchSave(Collection<R> items, BatchWriteOptions options) {
    return batches().save(items, options);
  }

  /**
   * Writes a stream of items with bounded memory: at most
   * {@link Dynabind#streamInFlightLimit()} items are pulled from the stream and not yet written
   * at any time. Writes of one key are applied in stream order, so the last one wins, even though
   * chunks run in parallel; a write superseded by a later applied write of its key is never
   * reported as not applied, and of several writes of a key not applied only the latest is.
   *
   * <p>Items are stamped as {@link #save} stamps them, all with the instant of the call. The
   * records as stored are not returned, since holding them would break the memory bound: use
   * {@link #batchSave(Collection)} to see generated ids and timestamps, or set them before.
   * Refused on a {@code @Version} table unless {@link #batchSave(Stream, BatchWriteOptions)}
   * skips the check.
   *
   * <p>Each element is validated when it is pulled. An invalid element, or a stream that throws,
   * ends the call with that exception, thrown as itself, once every element pulled before it was
   * sent and retried; nothing after it is pulled. When some of those earlier writes were not
   * applied, an {@link UnprocessedItemsException} listing exactly them is attached to the thrown
   * exception as suppressed ({@link Throwable#getSuppressed()}); when none is attached, all of
   * them were applied.
   *
   * @param items the items, pulled lazily; the stream is not closed
   * @throws IllegalArgumentException when the stream is null, or an item is null, has a null or
   *     empty key, or is over 400 KB, naming it; the items pulled before it were written or are
   *     listed in a suppressed {@link UnprocessedItemsException}
   * @throws UnprocessedItemsException when some items were not written after the last attempt,
   *     the executor rejected a chunk (then the rejection is the cause), or the calling thread was
   *     interrupted; every other item pulled was written
   */
  public void batchSave(Stream<R> items) {
    batchSave(items, BatchWriteOptions.defaults());
  }

  /**
   * Writes a stream of items as {@link #batchSave(Stream)}, with options.
   *
   * @param items the items, pulled lazily; the stream is not closed
   * @param options the options, such as {@link BatchWriteOptions#skipVersionCheck()}
   * @throws IllegalArgumentException as {@link #batchSave(Stream)}
   * @throws UnprocessedItemsException as {@link #batchSave(Stream)}
   */
  public void batchSave(Stream<R> items, BatchWriteOptions options) {
    batches().save(items, options);
  }

  /**
   * Deletes many items by key at once in BatchWriteItem requests of 25; absent items are not an
   * error.
   *
   * @param keys the keys; duplicates are deleted once
   * @throws IllegalArgumentException when a key is null or empty, naming it; nothing is sent
   * @throws UnprocessedItemsException when some deletes were not applied after the last attempt
   */
  public void batchDelete(Collection<K> keys) {
    batches().delete(keys);
  }

  /**
   * Deletes a stream of keys with the memory bound, ordering and failure rules of
   * {@link #batchSave(Stream)}: an invalid key or a stream that throws ends the call with that
   * exception once the deletes pulled before it were sent, with an
   * {@link UnprocessedItemsException} suppressed in it listing those not applied, if any.
   *
   * @param keys the keys, pulled lazily; the stream is not closed
   * @throws IllegalArgumentException when the stream is null, or a key is null or empty, naming
   *     it; the deletes pulled before it were applied or are listed in a suppressed
   *     {@link UnprocessedItemsException}
   * @throws UnprocessedItemsException when some deletes were not applied after the last attempt,
   *     the executor rejected a chunk (then the rejection is the cause), or the calling thread was
   *     interrupted
   */
  public void batchDelete(Stream<K> keys) {
    batches().delete(keys);
  }

  /**
   * Writes a stream mixing puts and deletes of this table with the memory bound, per-key order
   * (the last write of a key wins), report and failure rules of {@link #batchSave(Stream)}. Puts
   * are stamped and, on a {@code @Version} table, refused as {@link #batchSave(Stream)} refuses
   * them; deletes are not version-checked.
   *
   * @param writes {@link Write#put} and {@link Write#delete} elements, pulled lazily; the stream
   *     is not closed
   * @throws IllegalArgumentException when the stream is null, or an element is null or its item
   *     or key is invalid, naming it; the writes pulled before it were applied or are listed in a
   *     suppressed {@link UnprocessedItemsException}
   * @throws UnprocessedItemsException when some writes were not applied after the last attempt,
   *     the executor rejected a chunk, or the calling thread was interrupted
   */
  public void batchWrite(Stream<Write<R, K>> writes) {
    batchWrite(writes, BatchWriteOptions.defaults());
  }

  /**
   * Writes a stream mixing puts and deletes as {@link #batchWrite(Stream)}, with options.
   *
   * @param writes the writes, pulled lazily; the stream is not closed
   * @param options the options, such as {@link BatchWriteOptions#skipVersionCheck()}
   * @throws IllegalArgumentException as {@link #batchWrite(Stream)}
   * @throws UnprocessedItemsException as {@link #batchWrite(Stream)}
   */
  public void batchWrite(Stream<Write<R, K>> writes, BatchWriteOptions options) {
    batches().write(writes, options);
  }

  /**
   * Reads a stream of keys lazily, with {@link StreamReadOptions#defaults()}.
   *
   * @param keys the keys, pulled as the result is consumed
   * @return the items found, in input order; see {@link #batchGet(Stream, StreamReadOptions)}
   */
  public Stream<R> batchGet(Stream<K> keys) {
    return batchGet(keys, StreamReadOptions.defaults());
  }

  /**
   * Reads a stream of keys lazily with these consistency and projection options.
   *
   * @param keys the keys, pulled as the result is consumed
   * @param options consistency and projection
   * @return the items found, in input order; see {@link #batchGet(Stream, StreamReadOptions)}
   */
  public Stream<R> batchGet(Stream<K> keys, BatchGetOptions options) {
    return batchGet(keys,
        StreamReadOptions.builder().read(Arguments.required(options, "options")).build());
  }

  /**
   * Reads a stream of keys lazily: keys are pulled as the result is consumed and sent in
   * BatchGetItem requests of up to 100, in parallel up to {@link Dynabind#concurrency()}, with
   * retries as {@link #batchGet(Collection, BatchGetOptions)}. At most
   * {@code (concurrency + 3) * 100} keys are pulled ahead of the item being returned, and at most
   * {@code (concurrency + 1) * 100} items are held. A key is read and returned once while it is
   * among the last {@code (concurrency + 1) * 100} distinct keys pulled; later it is read again.
   * Keys without an item, and lock items, are absent. Close the stream to stop early: nothing is
   * pulled or sent afterwards. The key stream is not closed.
   *
   * @param keys the keys, pulled as the result is consumed
   * @param options read options, order and the wait of a partial request
   * @return a lazy stream of the items found, in input order unless asked otherwise; when some
   *     keys were not read after the last attempt, it ends (after every item read) with an
   *     {@link UnprocessedItemsException} listing exactly them; an invalid key or a source that
   *     throws ends it, after the items of the keys before it, with that exception, carrying a
   *     suppressed {@link UnprocessedItemsException} when some of those were not read
   * @throws IllegalArgumentException when an argument is null
   */
  public Stream<R> batchGet(Stream<K> keys, StreamReadOptions options) {
    return batches().stream(keys, options);
  }

  /**
   * Deletes the stored items with the keys of these items, as {@link #batchDelete(Collection)}.
   *
   * @param items the items whose keys to delete
   * @throws IllegalArgumentException when an item is null or its key is null or empty; nothing
   *     is sent
   * @throws UnprocessedItemsException when some deletes were not applied after the last attempt
   */
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

  /**
   * Every item of the table, read lazily page by page (a serial Scan). Lock items are never
   * returned.
   *
   * @return a lazy stream; each page is fetched when the previous one is consumed
   * @throws BatchContextRequiredException in strict mode outside a batch context
   */
  public Stream<R> scan() {
    return scan(ScanOptions.defaults());
  }

  /**
   * The items of the table, read with a filter, projection, consistency or page size, serially
   * or, with {@link ScanOptions#segments(int) segments(n)} above 1, as a parallel scan: up to
   * {@link Dynabind#concurrency()} segments are read at once on the {@link Dynabind#executor()},
   * each segment's pages in order, the segments' items interleaved. A slow consumer holds back
   * the workers: at most {@code 2 * min(concurrency, segments) + 1} pages (each at most 1 MB, or
   * {@link ScanOptions#pageSize(int)} items) are held at any time. When the executor starts no
   * worker within 200 ms, the calling thread reads segments itself. Throttling and server errors
   * are retried per the {@link Dynabind#retryPolicy()}, page by page; each page is reported to
   * {@link OperationListener#onScanPage}. Close the stream (try-with-resources) when not reading
   * it to the end, so the workers stop at once. A stream neither read to the end nor closed does
   * not block them forever: they stop when the stream is garbage collected, or when nothing has
   * been pulled from it for {@link ScanOptions#idleTimeout(java.time.Duration)} (10 minutes by
   * default), after which its next pull throws a {@link DynabindException}. Lock items are never
   * returned.
   *
   * @param options filter, projection, consistency, page size, segments
   * @return a lazy stream, in no particular order when parallel
   * @throws IllegalArgumentException when the options are null
   * @throws BatchContextRequiredException in strict mode outside a batch context
   */
  public Stream<R> scan(ScanOptions options) {
    Arguments.required(options, "options");
    TableReads<R> reads = tableReads(null);
    if (options.segments() > 1) {
      return reads.parallelScan(options.spec(), options.segments(), options.idleTimeout());
    }
    return reads.items(reads.scanRequest(options.spec(), null, null), 0, 1, true);
  }

  /**
   * One segment of a parallel scan, read serially on the calling thread, for callers that spread
   * the segments over workers or machines themselves.
   *
   * @param segment the segment, from 0
   * @param totalSegments how many segments the table is split into
   * @return a lazy stream of the segment's items
   * @throws IllegalArgumentException unless {@code 0 <= segment < totalSegments <= 1000000}
   * @throws BatchContextRequiredException in strict mode outside a batch context
   */
  public Stream<R> scanSegment(int segment, int totalSegments) {
    return scanSegment(segment, totalSegments, ScanOptions.defaults());
  }

  /**
   * One segment of a parallel scan with a filter, projection, consistency or page size; the
   * options' {@code segments} is ignored.
   *
   * @param segment the segment, from 0
   * @param totalSegments how many segments the table is split into
   * @param options filter, projection, consistency, page size
   * @return a lazy stream of the segment's items
   * @throws IllegalArgumentException unless {@code 0 <= segment < totalSegments <= 1000000}, or
   *     when the options are null
   * @throws BatchContextRequiredException in strict mode outside a batch context
   */
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

  /**
   * How many items the table holds, lock items excluded, counted by DynamoDB with
   * {@code Select.COUNT} page by page (a Scan that reads every item but transfers none).
   *
   * @return the count
   * @throws BatchContextRequiredException in strict mode outside a batch context
   */
  public long count() {
    TableReads<R> reads = tableReads(null);
    return reads.count(reads.scanRequest(ReadSpec.ALL.counting(), null, null));
  }

  /**
   * How many items meet a condition, counted by DynamoDB as {@link #count()}.
   *
   * @param filter the condition
   * @return the count
   * @throws IllegalArgumentException when the filter is null
   * @throws BatchContextRequiredException in strict mode outside a batch context
   */
  public long count(Condition filter) {
    TableReads<R> reads = tableReads(null);
    return reads.count(reads.scanRequest(
        ScanOptions.filter(filter).spec().counting(), null, null));
  }

  /**
   * One page of a scan of the whole table.
   *
   * @param page which page and its size
   * @return the page
   * @throws IllegalArgumentException when the page request is null, or the cursor was altered or
   *     made for another read
   * @throws BatchContextRequiredException in strict mode outside a batch context
   */
  public Page<R> scanPage(PageRequest page) {
    return scanPage(ScanOptions.defaults(), page);
  }

  /**
   * One page of a scan with a filter, projection or consistency: exactly {@code page.size()}
   * items when that many remain. Segments are not paged: the options must have one segment.
   *
   * @param options filter, projection, consistency
   * @param page which page and its size
   * @return the page
   * @throws IllegalArgumentException when an argument is null, the options have more than one
   *     segment, or the cursor was altered or made for another read (another table or filter)
   * @throws BatchContextRequiredException in strict mode outside a batch context
   */
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
