package dev.dynabind.runtime.internal.context;

import dev.dynabind.runtime.BatchGetOptions;
import dev.dynabind.runtime.BatchWriteOptions;
import dev.dynabind.runtime.StreamReadOptions;
import dev.dynabind.runtime.Write;
import dev.dynabind.runtime.internal.batch.BatchElements;
import dev.dynabind.runtime.internal.batch.BatchReads;
import dev.dynabind.runtime.internal.batch.BatchWrites;
import dev.dynabind.runtime.internal.batch.EncodedBudget;
import dev.dynabind.runtime.internal.batch.Pending;
import dev.dynabind.runtime.internal.batch.StreamGet;
import dev.dynabind.runtime.internal.batch.WriteOp;
import dev.dynabind.runtime.internal.config.Arguments;
import dev.dynabind.runtime.internal.table.ItemId;
import dev.dynabind.runtime.internal.table.RecordKeys;
import dev.dynabind.runtime.internal.table.TableBinding;
import dev.dynabind.runtime.spi.WriteStamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The batch calls of one table, made for one call of a repository's batch method with the table
 * as the repository names it then: they run on the batch engine as {@code BatchGet} and
 * {@code BatchWrite} do, and inside a batch context keep its cache in step with what was written.
 * Each method checks its arguments, then strict mode, then its elements, before sending anything.
 *
 * @param <R> the record type
 * @param <K> the key type
 */
public final class TableBatches<R, K> {
  private final BatchServices services;
  private final TableBinding<R, K> table;
  private final RecordKeys<R, K> keys;

  TableBatches(BatchServices services, TableBinding<R, K> table, RecordKeys<R, K> keys) {
    this.services = services;
    this.table = table;
    this.keys = keys;
  }

  /**
   * Reads keys; inside a context with the default options through its loader and cache.
   *
   * @param values the keys
   * @param options consistency and projection
   * @return the items found, in the order of each key's first occurrence
   */
  public List<R> get(Collection<K> values, BatchGetOptions options) {
    Arguments.required(values, "keys");
    Arguments.required(options, "options");
    ContextLoader loader = services.contextOrCheckStrict().get();
    if (loader != null && options.equals(BatchGetOptions.defaults())) {
      List<Map<String, AttributeValue>> encoded = new ArrayList<>(values.size());
      List<Object> tags = new ArrayList<>(values.size());
      for (K key : values) {
        encoded.add(BatchElements.encodeKey(table, keys, key, encoded.size()));
        tags.add(Pending.read(table, key));
      }
      return loader.loadAll(table, encoded, tags);
    }
    BatchReads reads = new BatchReads();
    reads.add(table, keys, values, options);
    @SuppressWarnings("unchecked") // decoded by this table's codec
    List<R> found = (List<R>) reads.execute(services.runner()).get(table.name()).items();
    return List.copyOf(found);
  }

  /**
   * Writes items.
   *
   * @param items the items
   * @param options the options
   * @return the records as stored, in input order; the context caches those
   */
  public List<R> save(Collection<R> items, BatchWriteOptions options) {
    Arguments.required(items, "items");
    Arguments.required(options, "options");
    List<R> stored = new ArrayList<>(items.size());
    write(items, options, writes -> {
      for (R item : items) {
        stored.add(writes.put(table, keys, item));
      }
    }, table.codec()::keyOf, Optional::of);
    return Collections.unmodifiableList(stored);
  }

  /**
   * Deletes keys.
   *
   * @param values the keys
   */
  public void delete(Collection<K> values) {
    Arguments.required(values, "keys");
    write(values, BatchWriteOptions.defaults(), writes -> {
      for (K key : values) {
        writes.delete(table, keys, key);
      }
    }, Function.identity(), key -> Optional.empty());
  }

  /**
   * Deletes the keys of items.
   *
   * @param items the items
   */
  public void deleteItems(Collection<R> items) {
    Arguments.required(items, "items");
    write(items, BatchWriteOptions.defaults(), writes -> {
      for (R item : items) {
        writes.deleteItem(table, keys, item);
      }
    }, table.codec()::keyOf, item -> Optional.empty());
  }

  /**
   * Writes a stream of items with bounded memory.
   *
   * @param items the items, pulled lazily
   * @param options the options
   */
  public void save(Stream<R> items, BatchWriteOptions options) {
    Arguments.required(items, "items");
    Arguments.required(options, "options");
    WriteStamp stamp = services.stamps().get();
    // A stream holds only the chunks in flight, so every put keeps the item it was checked with.
    writeStream(items, (item, element) -> BatchElements.put(table, keys,
        BatchElements.stamp(table, item, element, stamp, options), element,
        EncodedBudget.unbounded()));
  }

  /**
   * Deletes a stream of keys with bounded memory.
   *
   * @param values the keys, pulled lazily
   */
  public void delete(Stream<K> values) {
    Arguments.required(values, "keys");
    writeStream(values, (key, element) -> BatchElements.delete(table, keys, key, element));
  }

  /**
   * Writes a stream of puts and deletes with bounded memory.
   *
   * @param writes the writes, pulled lazily
   * @param options the options
   */
  public void write(Stream<Write<R, K>> writes, BatchWriteOptions options) {
    Arguments.required(writes, "writes");
    Arguments.required(options, "options");
    WriteStamp stamp = services.stamps().get();
    writeStream(writes, (write, element) -> mixed(write, element, stamp, options));
  }

  /**
   * Reads a stream of keys lazily, bypassing a context's cache.
   *
   * @param values the keys, pulled as the result is consumed
   * @param options read options
   * @return the lazy stream of the items found
   */
  public Stream<R> stream(Stream<K> values, StreamReadOptions options) {
    Arguments.required(values, "keys");
    Arguments.required(options, "options");
    services.contextOrCheckStrict().get();
    return StreamGet.open(services.runner(), table, keys, values, options);
  }

  /** A put or a delete, validated as batchSave and batchDelete validate theirs. */
  private WriteOp mixed(Write<R, K> write, int element, WriteStamp stamp,
      BatchWriteOptions options) {
    if (write == null) {
      throw new IllegalArgumentException(BatchElements.where(table, element) + "the write is null");
    }
    return write.isPut()
        ? BatchElements.put(table, keys, BatchElements.stamp(table, write.item(), element, stamp,
            options), element, EncodedBudget.unbounded())
        : BatchElements.delete(table, keys, write.key(), element);
  }

  /**
   * Runs a batch write; in a context, afterwards records what each element left stored, or
   * forgets every element when the write failed partway, since what was applied is then unknown.
   * Validation failures throw before anything is sent or forgotten.
   */
  private <T> void write(Collection<T> elements, BatchWriteOptions options,
      Consumer<BatchWrites> add, Function<T, K> keyOf, Function<T, Optional<R>> stored) {
    ContextLoader loader = services.contextOrCheckStrict().get();
    BatchWrites writes = new BatchWrites(options, services.stamps());
    add.accept(writes);
    try {
      if (!writes.ops().isEmpty()) {
        services.runner().write(writes.ops());
      }
    } catch (RuntimeException | Error e) {
      if (loader != null) {
        elements.forEach(element -> loader.evict(table.codec(), idOf(keyOf.apply(element))));
      }
      throw e;
    }
    if (loader != null) {
      elements.forEach(element ->
          loader.stored(table.codec(), idOf(keyOf.apply(element)), stored.apply(element)));
    }
  }

  /** Streams are not held in memory, so a context forgets each element rather than caching it. */
  private <T> void writeStream(Stream<T> elements, Validation<T> validate) {
    ContextLoader loader = services.contextOrCheckStrict().get();
    int[] element = {0};
    services.runner().writeStream(elements.iterator(), value -> {
      WriteOp op = validate.apply(value, element[0]++);
      if (loader != null) {
        loader.evict(table.codec(), op.id());
      }
      return op;
    });
  }

  /** The identity of an item of this table, as batch calls and the context cache match items. */
  private ItemId idOf(K key) {
    return new ItemId(table.name(), keys.encodeKeyOnly(key));
  }

  /** Turns one element into a validated write. */
  @FunctionalInterface
  private interface Validation<T> {
    WriteOp apply(T value, int element);
  }
}
