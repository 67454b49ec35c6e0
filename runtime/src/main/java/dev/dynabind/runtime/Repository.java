package dev.dynabind.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import dev.dynabind.runtime.codec.ValueEncoder;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

/**
 * The typed operations of one table, shared by every generated {@code <Record>Repository}, which
 * extends it and adds the methods whose signatures depend on the record (queries, locks).
 *
 * @param <R> the record type
 * @param <K> the key type
 */
public abstract class Repository<R, K> {
  private final Dynabind db;
  private final TableCodec<R, K> codec;
  private final String tableName;
  private final List<String> keyNames;

  /**
   * Binds a codec to a {@link Dynabind}.
   *
   * @param db the entry point
   * @param codec the generated codec
   */
  protected Repository(Dynabind db, TableCodec<R, K> codec) {
    this.db = Objects.requireNonNull(db, "db");
    this.codec = Objects.requireNonNull(codec, "codec");
    this.tableName = db.tableName(codec.metadata());
    this.keyNames = BatchSupport.keyNames(codec.metadata());
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
    Map<String, AttributeValue> encodedKey = encodeKey(key);
    if (context != null) {
      return context.loader(db).load(this, encodedKey).join();
    }
    return directGet(encodedKey);
  }

  private Optional<R> directGet(Map<String, AttributeValue> encodedKey) {
    GetItemResponse response = client().getItem(b -> b.tableName(tableName).key(encodedKey));
    return response.hasItem() && !response.item().isEmpty()
        ? Optional.of(codec.decode(response.item()))
        : Optional.empty();
  }

  /**
   * Reads one item without blocking the caller, on the {@link Dynabind#executor()}.
   *
   * @param key the key
   * @return the item, or empty when there is none
   * @throws IllegalArgumentException when the key is null or empty, or is the key of a lock item;
   *     nothing is sent
   */
  public CompletableFuture<Optional<R>> getAsync(K key) {
    BatchContext context = contextOrCheckStrict();
    Map<String, AttributeValue> encodedKey = encodeKey(key);
    if (context != null) {
      return context.loader(db).load(this, encodedKey);
    }
    return CompletableFuture.supplyAsync(() -> directGet(encodedKey), db.executor());
  }

  /**
   * Writes one item, replacing any item with the same key (a PutItem).
   *
   * @param item the item
   * @throws IllegalArgumentException when a key component is null or empty, or the key is that of
   *     a lock item; nothing is sent
   */
  public void save(R item) {
    Objects.requireNonNull(item, "item");
    BatchContext context = contextOrCheckStrict();
    Map<String, AttributeValue> encoded = encodeItem(item);
    client().putItem(PutItemRequest.builder().tableName(tableName).item(encoded).build());
    if (context != null) {
      context.loader(db).written(this, item);
    }
  }

  /**
   * Deletes one item; deleting an absent item is not an error.
   *
   * @param key the key
   * @throws IllegalArgumentException when the key is null or empty, or is the key of a lock item;
   *     nothing is sent
   */
  public void delete(K key) {
    BatchContext context = contextOrCheckStrict();
    Map<String, AttributeValue> encodedKey = encodeKey(key);
    client().deleteItem(DeleteItemRequest.builder().tableName(tableName).key(encodedKey).build());
    if (context != null) {
      context.loader(db).deleted(this, key);
    }
  }

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
    BatchContext context = contextOrCheckStrict();
    if (context != null && options.equals(BatchGetOptions.defaults())) {
      List<Map<String, AttributeValue>> encoded = new ArrayList<>(keys.size());
      for (K key : keys) {
        encoded.add(BatchSupport.encodeKey(this, key, encoded.size()));
      }
      return context.loader(db).loadAll(this, encoded);
    }
    return db.batchGet().add(this, keys, options).execute().itemsOf(this);
  }

  /**
   * Writes many items at once in BatchWriteItem requests of 25, sent in parallel up to
   * {@link Dynabind#concurrency()}; each replaces any item with the same key. If the collection
   * holds two items with one key, the later one is written.
   *
   * @param items the items
   * @throws IllegalArgumentException when an item is null, has a null or empty key, or is over
   *     400 KB, naming its key; nothing is sent
   * @throws UnprocessedItemsException when some items were not written after the last attempt or
   *     the calling thread was interrupted; every other item was written
   */
  public void batchSave(Collection<R> items) {
    BatchContext context = contextOrCheckStrict();
    try {
      db.batchWrite().saveAll(this, items).execute();
    } catch (IllegalArgumentException invalid) {
      throw invalid; // nothing was sent
    } catch (RuntimeException e) {
      if (context != null) {
        items.forEach(item -> context.loader(db).evict(this, codec.keyOf(item)));
      }
      throw e;
    }
    if (context != null) {
      items.forEach(item -> context.loader(db).written(this, item));
    }
  }

  /**
   * Writes a stream of items with bounded memory: at most
   * {@link Dynabind#streamInFlightLimit()} items are pulled from the stream and not yet written
   * at any time. Writes of one key are applied in stream order, so the last one wins, even though
   * chunks run in parallel. Each element is validated when it is pulled: an invalid one stops the
   * call after the chunks already sent have finished, and nothing after it is written.
   *
   * @param items the items, pulled lazily; the stream is not closed
   * @throws IllegalArgumentException when an item is null, has a null or empty key, or is over
   *     400 KB, naming it
   * @throws UnprocessedItemsException when some items were not written after the last attempt or
   *     the calling thread was interrupted
   */
  public void batchSave(Stream<R> items) {
    BatchContext context = contextOrCheckStrict();
    if (context != null) {
      // Streams are not held in memory, so a context forgets each key rather than caching it.
      items = items.peek(item -> context.loader(db).evict(this, codec.keyOf(item)));
    }
    int[] element = {0};
    BatchSupport.writeStream(db, items.iterator(),
        item -> BatchSupport.put(this, item, element[0]++));
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
    BatchContext context = contextOrCheckStrict();
    try {
      db.batchWrite().deleteAll(this, keys).execute();
    } catch (IllegalArgumentException invalid) {
      throw invalid; // nothing was sent
    } catch (RuntimeException e) {
      if (context != null) {
        keys.forEach(key -> context.loader(db).evict(this, key));
      }
      throw e;
    }
    if (context != null) {
      keys.forEach(key -> context.loader(db).deleted(this, key));
    }
  }

  /**
   * Deletes a stream of keys with the memory bound and ordering of {@link #batchSave(Stream)}.
   *
   * @param keys the keys, pulled lazily; the stream is not closed
   * @throws IllegalArgumentException when a key is null or empty, naming it
   * @throws UnprocessedItemsException when some deletes were not applied after the last attempt
   */
  public void batchDelete(Stream<K> keys) {
    BatchContext context = contextOrCheckStrict();
    if (context != null) {
      keys = keys.peek(key -> context.loader(db).evict(this, key));
    }
    int[] element = {0};
    BatchSupport.writeStream(db, keys.iterator(),
        key -> BatchSupport.delete(this, key, element[0]++));
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
    BatchContext context = contextOrCheckStrict();
    try {
      db.batchWrite().deleteItems(this, items).execute();
    } catch (IllegalArgumentException invalid) {
      throw invalid;
    } catch (RuntimeException e) {
      if (context != null) {
        items.forEach(item -> context.loader(db).evict(this, codec.keyOf(item)));
      }
      throw e;
    }
    if (context != null) {
      items.forEach(item -> context.loader(db).deleted(this, codec.keyOf(item)));
    }
  }

  /**
   * Creates the table with on-demand billing unless it exists, waits until it is active, and for
   * a {@code @LockedBy} table enables TTL on the lock expiry attribute.
   */
  public void createTable() {
    TableMetadata metadata = codec.metadata();
    try {
      client().createTable(b -> {
        b.tableName(tableName).billingMode(BillingMode.PAY_PER_REQUEST);
        if (metadata.sortKey() == null) {
          b.attributeDefinitions(definition(metadata.partitionKey()))
              .keySchema(keyElement(metadata.partitionKey(), KeyType.HASH));
        } else {
          b.attributeDefinitions(definition(metadata.partitionKey()), definition(metadata.sortKey()))
              .keySchema(keyElement(metadata.partitionKey(), KeyType.HASH),
                  keyElement(metadata.sortKey(), KeyType.RANGE));
        }
      });
    } catch (ResourceInUseException alreadyExists) {
      // Creating what exists is the common case on a restart; waiting below covers CREATING.
    }
    try (DynamoDbWaiter waiter = DynamoDbWaiter.builder().client(client()).build()) {
      waiter.waitUntilTableExists(b -> b.tableName(tableName));
    }
    if (metadata.lock() != null) {
      enableTimeToLive(metadata.lock().ttlAttribute());
    }
  }

  private void enableTimeToLive(String attribute) {
    TimeToLiveStatus status = client().describeTimeToLive(b -> b.tableName(tableName))
        .timeToLiveDescription().timeToLiveStatus();
    if (status != TimeToLiveStatus.ENABLED && status != TimeToLiveStatus.ENABLING) {
      client().updateTimeToLive(b -> b.tableName(tableName)
          .timeToLiveSpecification(t -> t.enabled(true).attributeName(attribute)));
    }
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
   */
  protected final <S> Stream<R> queryPartition(
      AttributeValue partition, SortKey<S> condition, ValueEncoder<S> sortEncoder) {
    TableMetadata metadata = codec.metadata();
    KeyAttribute sortKey = metadata.sortKey();
    Map<String, String> names = new HashMap<>();
    Map<String, AttributeValue> values = new HashMap<>();
    names.put("#pk", metadata.partitionKey().attributeName());
    values.put(":pk", partition);
    String expression = "#pk = :pk";
    if (condition != null) {
      if (condition.operator() == SortKey.Operator.BEGINS_WITH
          && sortKey.type() == ScalarAttributeType.N) {
        throw new IllegalArgumentException("beginsWith needs a string or binary sort key, but '"
            + sortKey.componentName() + "' of table '" + metadata.tableName() + "' is a number");
      }
      names.put("#sk", sortKey.attributeName());
      values.put(":sk", sortEncoder.encode(condition.value()));
      expression += switch (condition.operator()) {
        case BEGINS_WITH -> " AND begins_with(#sk, :sk)";
        case BETWEEN -> {
          values.put(":sk2", sortEncoder.encode(condition.upper()));
          yield " AND #sk BETWEEN :sk AND :sk2";
        }
        default -> " AND #sk " + condition.operator().symbol() + " :sk";
      };
    }
    QueryRequest request = QueryRequest.builder().tableName(tableName)
        .keyConditionExpression(expression)
        .expressionAttributeNames(names)
        .expressionAttributeValues(values)
        .build();
    return client().queryPaginator(request).items().stream()
        .filter(item -> !isLockItem(item))
        .map(codec::decode);
  }

  /**
   * Whether a stored item is the lock item of another item rather than a record.
   *
   * @param item the stored item
   * @return true for a lock item
   */
  protected final boolean isLockItem(Map<String, AttributeValue> item) {
    TableMetadata metadata = codec.metadata();
    LockSpec lock = metadata.lock();
    if (lock == null) {
      return false;
    }
    KeyAttribute lockKey = metadata.sortKey() != null ? metadata.sortKey() : metadata.partitionKey();
    AttributeValue value = item.get(lockKey.attributeName());
    return value != null && value.s() != null && value.s().endsWith(lock.suffix());
  }

  /**
   * Encodes a caller's key for a request. Every operation that takes a key encodes it here, once,
   * so the keys a table reserves are refused in one place for every path, single, batch and
   * batch context alike.
   *
   * @param key the key
   * @return the key attributes
   * @throws IllegalArgumentException when the key is null or empty, or is the key of a lock item
   */
  final Map<String, AttributeValue> encodeKey(K key) {
    return refuseLockKey(codec.encodeKey(key));
  }

  /**
   * Encodes a caller's item for a write, refusing it as {@link #encodeKey} refuses its key.
   *
   * @param item the item
   * @return the item's attributes
   * @throws IllegalArgumentException when a key component is null or empty, or the key is that of
   *     a lock item
   */
  final Map<String, AttributeValue> encodeItem(R item) {
    return refuseLockKey(codec.encode(item));
  }

  /**
   * The key attributes of an item encoded by {@link #encodeItem}, picked out rather than encoded
   * again from the record.
   *
   * @param item the encoded item
   * @return its key attributes
   */
  final Map<String, AttributeValue> keyAttributes(Map<String, AttributeValue> item) {
    Map<String, AttributeValue> key = new HashMap<>(4);
    for (String name : keyNames) {
      key.put(name, item.get(name));
    }
    return key;
  }

  /** Lock items are only written through the lock's version chain, never as records. */
  private Map<String, AttributeValue> refuseLockKey(Map<String, AttributeValue> encoded) {
    if (isLockItem(encoded)) {
      throw new IllegalArgumentException("key "
          + ItemDecodeException.renderKey(codec.metadata(), encoded) + " of table '" + tableName
          + "' ends with the lock suffix '" + codec.metadata().lock().suffix()
          + "', which is reserved for lock items");
    }
    return encoded;
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
    BatchContext context = BatchContext.currentOrNull();
    if (context == null && db.requireBatchContext()) {
      throw new BatchContextRequiredException();
    }
    return context;
  }

  /**
   * The SDK client.
   *
   * @return the client
   */
  protected final DynamoDbClient client() {
    return db.client();
  }

  private static AttributeDefinition definition(KeyAttribute key) {
    return AttributeDefinition.builder().attributeName(key.attributeName())
        .attributeType(key.type()).build();
  }

  private static KeySchemaElement keyElement(KeyAttribute key, KeyType type) {
    return KeySchemaElement.builder().attributeName(key.attributeName()).keyType(type).build();
  }
}
