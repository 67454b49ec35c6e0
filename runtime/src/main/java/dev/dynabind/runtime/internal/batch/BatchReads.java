package dev.dynabind.runtime.internal.batch;

import dev.dynabind.runtime.BatchGetOptions;
import dev.dynabind.runtime.internal.table.ItemId;
import dev.dynabind.runtime.internal.table.RecordKeys;
import dev.dynabind.runtime.internal.table.TableBinding;
import dev.dynabind.runtime.spi.TableCodec;
import dev.dynabind.runtime.spi.TableMetadata;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The keys of one batch read across tables, validated as they are added, and the read itself:
 * the core of {@code BatchGet} and of a repository's {@code batchGet}. Single use, not
 * thread-safe.
 */
public final class BatchReads {
  /** By table: bindings of one table and codec are one table, whichever repository made them. */
  private final Map<String, TableKeys<?>> tables = new LinkedHashMap<>();
  private final List<ReadOp> reads = new ArrayList<>();

  /**
   * The items found for one table, in the order each key was first added.
   *
   * @param codec the codec that decoded them
   * @param items the records
   */
  public record Found(TableCodec<?, ?> codec, List<?> items) {}

  /**
   * Adds keys of one table. A table added twice must be given the same options and codec; a
   * failed add reads none of its keys.
   *
   * @param table the table as the call names it
   * @param keys the table's keys
   * @param values the keys to read; duplicates are read once
   * @param options consistency and projection for this table
   * @param <R> the record type
   * @param <K> the key type
   * @throws IllegalArgumentException when a key is null or empty, naming it, or the table was
   *     added before with another codec or other options
   */
  public <R, K> void add(TableBinding<R, K> table, RecordKeys<R, K> keys,
      Collection<? extends K> values, BatchGetOptions options) {
    TableKeys<?> known = tables.get(table.name());
    TableKeys<?> added = known;
    if (known == null) {
      added = new TableKeys<>(table, keys, options, tableRead(table.codec().metadata(), options));
      tables.put(table.name(), added);
    } else if (known.table.codec() != table.codec()) {
      throw new IllegalArgumentException("table '" + table.name()
          + "' was added with two record types in one batchGet");
    } else if (!known.options.equals(options)) {
      throw new IllegalArgumentException("table '" + table.name()
          + "' was added with " + known.options + " and now with " + options);
    }
    List<ReadOp> ops = new ArrayList<>(values.size());
    for (K key : values) {
      Map<String, AttributeValue> encoded =
          BatchElements.encodeKey(table, keys, key, reads.size() + ops.size());
      ops.add(new ReadOp(new ItemId(table.name(), encoded), added.read,
          Pending.read(table, key)));
    }
    // Only keep them once all are valid, so a failed add reads none of its keys.
    reads.addAll(ops);
    for (ReadOp read : ops) {
      added.ids.add(read.id());
    }
  }

  /**
   * Reads every distinct key, in parallel chunks of up to 100, retrying what is unprocessed or
   * throttled; each item is decoded on arrival, on the chunk's thread, so only records wait for
   * the last chunk.
   *
   * @param runner runs the call and throws what it left unread
   * @return the items found, by table name, in the order the tables were added
   * @throws dev.dynabind.runtime.UnprocessedItemsException when some keys were not read
   */
  public Map<String, Found> execute(BatchRunner runner) {
    Map<ItemId, Object> found = new ConcurrentHashMap<>();
    if (!reads.isEmpty()) {
      Outcome outcome = BatchCalls.read(runner.settings(), reads, (id, item) -> {
        TableKeys<?> table = tables.get(id.table());
        found.put(id, DecodedItem.of(table.table, table.keys, item));
      });
      runner.check("BatchGetItem", reads.size(), outcome);
    }
    Map<String, Found> items = new LinkedHashMap<>();
    tables.forEach((name, table) ->
        items.put(name, new Found(table.table.codec(), collect(table.ids, found))));
    return items;
  }

  /**
   * The records among what a read kept, in the order of {@code ids}; a decode failure is thrown
   * for the first in that order, and lock items are left out.
   *
   * @param ids the items asked for
   * @param found what the read kept by item, as {@link DecodedItem#of} made it
   * @param <R> the record type
   * @return the records
   */
  public static <R> List<R> collect(Iterable<ItemId> ids, Map<ItemId, Object> found) {
    List<R> items = new ArrayList<>();
    for (ItemId id : ids) {
      Object value = found.get(id);
      if (value instanceof DecodedItem.Failed failed) {
        throw failed.error();
      }
      if (value != null && value != DecodedItem.LOCK_ITEM) {
        @SuppressWarnings("unchecked") // decoded by this table's codec: one per table
        R record = (R) value;
        items.add(record);
      }
    }
    return items;
  }

  /**
   * The projection with the key attributes added, under placeholder names (reserved words).
   *
   * @param metadata the table's metadata
   * @param options consistency and projection
   * @return how the table's keys are read
   */
  public static ReadOp.TableRead tableRead(TableMetadata metadata, BatchGetOptions options) {
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
  private static final class TableKeys<R> {
    final TableBinding<R, ?> table;
    final RecordKeys<R, ?> keys;
    final BatchGetOptions options;
    final ReadOp.TableRead read;
    final LinkedHashSet<ItemId> ids = new LinkedHashSet<>();

    TableKeys(TableBinding<R, ?> table, RecordKeys<R, ?> keys, BatchGetOptions options,
        ReadOp.TableRead read) {
      this.table = table;
      this.keys = keys;
      this.options = options;
      this.read = read;
    }
  }
}
