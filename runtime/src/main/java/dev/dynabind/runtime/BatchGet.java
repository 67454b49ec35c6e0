package dev.dynabind.runtime;

import dev.dynabind.runtime.internal.batch.BatchCalls;
import dev.dynabind.runtime.internal.batch.FoundItems;
import dev.dynabind.runtime.internal.batch.Outcome;
import dev.dynabind.runtime.internal.batch.ReadOp;
import dev.dynabind.runtime.internal.config.Arguments;
import dev.dynabind.runtime.internal.table.ItemId;
import dev.dynabind.runtime.internal.table.RecordKeys;
import dev.dynabind.runtime.spi.TableMetadata;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reads keys of several tables together, in shared BatchGetItem requests of up to 100 keys.
 * Every key is validated when it is added, so an invalid one fails before anything is sent.
 * Single use, not thread-safe.
 *
 * <pre>{@code
 * BatchGetResult result = db.batchGet()
 *     .add(users, List.of("alice", "bob"))
 *     .add(orders, List.of(new OrderKey("alice", 17L)), BatchGetOptions.consistent())
 *     .execute();
 * List<User> found = result.itemsOf(users);
 * }</pre>
 */
public final class BatchGet {
  private final Dynabind db;
  /** By table: repositories of one table and codec are one table, whichever instance. */
  private final Map<String, TableKeys> tables = new LinkedHashMap<>();
  private final List<ReadOp> reads = new ArrayList<>();
  private boolean executed;

  BatchGet(Dynabind db) {
    this.db = db;
  }

  /**
   * Adds keys of one repository, read with the default options.
   *
   * @param repository the repository, made with the same {@link Dynabind}
   * @param keys the keys; duplicates are read once
   * @param <K> the key type
   * @return this
   * @throws IllegalArgumentException when a key is null or empty, naming it
   */
  public <K> BatchGet add(Repository<?, K> repository, Collection<? extends K> keys) {
    return add(repository, keys, BatchGetOptions.defaults());
  }

  /**
   * Adds keys of one repository. A repository added twice must be given the same options.
   *
   * @param repository the repository, made with the same {@link Dynabind}
   * @param keys the keys; duplicates are read once
   * @param options consistency and projection for this table
   * @param <K> the key type
   * @return this
   * @throws IllegalArgumentException when a key is null or empty, naming it, or the options
   *     differ from an earlier add of the same repository
   */
  public <K> BatchGet add(Repository<?, K> repository, Collection<? extends K> keys,
      BatchGetOptions options) {
    Arguments.required(repository, "repository");
    Arguments.required(keys, "keys");
    Arguments.required(options, "options");
    if (repository.db() != db) {
      throw new IllegalArgumentException("repository of table '" + repository.tableName()
          + "' was made with another Dynabind");
    }
    TableKeys table = tables.get(repository.tableName());
    if (table == null) {
      table = new TableKeys(repository, options,
          tableRead(repository.codec().metadata(), options));
      tables.put(repository.tableName(), table);
    } else if (table.repository.codec() != repository.codec()) {
      throw new IllegalArgumentException("table '" + repository.tableName()
          + "' was added with two record types in one batchGet");
    } else if (!table.options.equals(options)) {
      throw new IllegalArgumentException("table '" + repository.tableName()
          + "' was added with " + table.options + " and now with " + options);
    }
    List<ReadOp> added = new ArrayList<>(keys.size());
    for (K key : keys) {
      Map<String, AttributeValue> encoded = BatchSupport.encodeKey(repository, key, reads.size()
          + added.size());
      added.add(new ReadOp(new ItemId(repository.tableName(), encoded), table.read,
          new Pending(repository, Pending.Kind.READ, key, key)));
    }
    // Only keep them once all are valid, so a failed add leaves this batch as it was.
    reads.addAll(added);
    for (ReadOp read : added) {
      table.ids.add(read.id());
    }
    return this;
  }

  /**
   * Reads every distinct key, in parallel chunks of up to 100, retrying what is unprocessed or
   * throttled.
   *
   * @return the items found, by repository
   * @throws UnprocessedItemsException when some keys were not read after the last attempt or
   *     the calling thread was interrupted; it lists exactly those keys
   * @throws IllegalStateException when called twice
   * @throws BatchContextRequiredException in strict mode outside a batch context
   */
  public BatchGetResult execute() {
    db.contextOrCheckStrict();
    if (executed) {
      throw new IllegalStateException("a BatchGet executes once");
    }
    executed = true;
    Map<ItemId, Object> found = new ConcurrentHashMap<>();
    if (!reads.isEmpty()) {
      Outcome outcome = BatchCalls.read(BatchSupport.settings(db), reads, decodeOnArrival(found));
      BatchSupport.check("BatchGetItem", reads.size(), outcome);
    }
    Map<String, BatchGetResult.TableItems> items = new LinkedHashMap<>();
    tables.forEach((name, table) -> items.put(name,
        new BatchGetResult.TableItems(table.repository.codec(),
            collect(table.repository, table, found))));
    return new BatchGetResult(items);
  }

  /**
   * Decodes each item as it arrives, on the chunk's thread, so that only records, not raw
   * items, wait for the last chunk. One repository per table is guaranteed by {@link #add}.
   */
  private FoundItems decodeOnArrival(Map<ItemId, Object> found) {
    return (id, item) -> found.put(id, DecodedItem.of(tables.get(id.table()).repository, item));
  }

  /** The repository's records in call order; a decode failure is thrown for the first in order. */
  private static <R> List<R> collect(Repository<R, ?> repository, TableKeys table,
      Map<ItemId, Object> found) {
    List<R> items = new ArrayList<>();
    for (ItemId id : table.ids) {
      Object value = found.get(id);
      if (value instanceof DecodedItem.Failed failed) {
        throw failed.error();
      }
      if (value != null && value != DecodedItem.LOCK_ITEM) {
        @SuppressWarnings("unchecked") // decoded by this repository's codec: one per table
        R record = (R) value;
        items.add(record);
      }
    }
    return items;
  }

  /** The projection with the key attributes added, under placeholder names (reserved words). */
  static ReadOp.TableRead tableRead(TableMetadata metadata, BatchGetOptions options) {
    if (options.projection().isEmpty()) {
      return new ReadOp.TableRead(options.consistentRead(), null, Map.of());
    }
    List<String> attributes = new ArrayList<>(RecordKeys.keyNames(metadata));
    for (String name : options.projection()) {
      if (!attributes.contains(name)) {
        attributes.add(name);
      }
    }
    Map<String, String> names = new LinkedHashMap<>();
    StringBuilder expression = new StringBuilder();
    for (int i = 0; i < attributes.size(); i++) {
      names.put("#p" + i, attributes.get(i));
      expression.append(i == 0 ? "" : ", ").append("#p").append(i);
    }
    return new ReadOp.TableRead(options.consistentRead(), expression.toString(), names);
  }

  /** One table's options and its distinct keys in order of first occurrence. */
  private static final class TableKeys {
    final Repository<?, ?> repository;
    final BatchGetOptions options;
    final ReadOp.TableRead read;
    final java.util.LinkedHashSet<ItemId> ids = new java.util.LinkedHashSet<>();

    TableKeys(Repository<?, ?> repository, BatchGetOptions options, ReadOp.TableRead read) {
      this.repository = repository;
      this.options = options;
      this.read = read;
    }
  }
}
