package dev.dynabind.runtime;

import dev.dynabind.runtime.internal.batch.EncodedBudget;
import dev.dynabind.runtime.internal.batch.WriteOp;
import dev.dynabind.runtime.internal.config.Arguments;
import dev.dynabind.runtime.internal.context.ContextLoader;
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
 * The batch operations of one {@link Repository}: they run through {@link BatchGet} and
 * {@link BatchWrite}, and inside a batch context keep its cache in step with what was written.
 */
final class RepositoryBatches {
  private RepositoryBatches() {}

  static <R, K> List<R> get(Repository<R, K> repository, Collection<K> keys,
      BatchGetOptions options) {
    Arguments.required(keys, "keys");
    Arguments.required(options, "options");
    BatchContext context = repository.contextOrCheckStrict();
    if (context != null && options.equals(BatchGetOptions.defaults())) {
      List<Map<String, AttributeValue>> encoded = new ArrayList<>(keys.size());
      List<Object> tags = new ArrayList<>(keys.size());
      for (K key : keys) {
        encoded.add(BatchSupport.encodeKey(repository, key, encoded.size()));
        tags.add(new Pending(repository, Pending.Kind.READ, key, key));
      }
      return context.loader(repository.db()).loadAll(repository.binding(), encoded, tags);
    }
    return repository.db().batchGet().add(repository, keys, options).execute()
        .itemsOf(repository);
  }

  /** Returns the records as stored, in input order; the context caches those. */
  static <R, K> List<R> save(Repository<R, K> repository, Collection<R> items,
      BatchWriteOptions options) {
    Arguments.required(items, "items");
    Arguments.required(options, "options");
    List<R> stored = new ArrayList<>(items.size());
    write(repository, stored, w -> {
      for (R item : items) {
        stored.add(w.put(repository, item));
      }
    }, options, repository.codec()::keyOf, Optional::of);
    return Collections.unmodifiableList(stored);
  }

  static <R, K> void delete(Repository<R, K> repository, Collection<K> keys) {
    Arguments.required(keys, "keys");
    write(repository, keys, w -> w.deleteAll(repository, keys), BatchWriteOptions.defaults(),
        Function.identity(),
        key -> Optional.empty());
  }

  static <R, K> void deleteItems(Repository<R, K> repository, Collection<R> items) {
    Arguments.required(items, "items");
    write(repository, items, w -> w.deleteItems(repository, items), BatchWriteOptions.defaults(),
        repository.codec()::keyOf, item -> Optional.empty());
  }

  static <R, K> void save(Repository<R, K> repository, Stream<R> items,
      BatchWriteOptions options) {
    Arguments.required(items, "items");
    Arguments.required(options, "options");
    WriteStamp stamp = repository.db().writeStamp();
    // A stream holds only the chunks in flight, so every put keeps the item it was checked with.
    writeStream(repository, items, (r, item, element) -> BatchSupport.put(r,
        BatchSupport.stamp(r, item, element, stamp, options), element, EncodedBudget.unbounded()));
  }

  static <R, K> void delete(Repository<R, K> repository, Stream<K> keys) {
    Arguments.required(keys, "keys");
    writeStream(repository, keys, BatchSupport::delete);
  }

  static <R, K> void write(Repository<R, K> repository, Stream<Write<R, K>> writes,
      BatchWriteOptions options) {
    Arguments.required(writes, "writes");
    Arguments.required(options, "options");
    WriteStamp stamp = repository.db().writeStamp();
    writeStream(repository, writes, (r, write, element) -> mixed(r, write, element, stamp,
        options));
  }

  /** A put or a delete, validated as batchSave and batchDelete validate theirs. */
  private static <R, K> WriteOp mixed(Repository<R, K> repository, Write<R, K> write,
      int element, WriteStamp stamp, BatchWriteOptions options) {
    if (write == null) {
      throw new IllegalArgumentException("Batch element #" + element + " for table '"
          + repository.tableName() + "': the write is null");
    }
    return write.isPut()
        ? BatchSupport.put(repository,
            BatchSupport.stamp(repository, write.item(), element, stamp, options), element,
            EncodedBudget.unbounded())
        : BatchSupport.delete(repository, write.key(), element);
  }

  /**
   * Runs a batch write; in a context, afterwards records what each element left stored, or
   * forgets every element when the write failed partway, since what was applied is then unknown.
   * Validation failures throw before anything is sent or forgotten.
   */
  private static <R, K, T> void write(Repository<R, K> repository, Collection<T> elements,
      Consumer<BatchWrite> add, BatchWriteOptions options, Function<T, K> keyOf,
      Function<T, Optional<R>> stored) {
    BatchContext context = repository.contextOrCheckStrict();
    BatchWrite write = repository.db().batchWrite(options);
    add.accept(write);
    try {
      write.execute();
    } catch (RuntimeException | Error e) {
      if (context != null) {
        ContextLoader loader = context.loader(repository.db());
        elements.forEach(element ->
            loader.evict(repository.codec(), repository.idOf(keyOf.apply(element))));
      }
      throw e;
    }
    if (context != null) {
      ContextLoader loader = context.loader(repository.db());
      elements.forEach(element -> loader.stored(repository.codec(),
          repository.idOf(keyOf.apply(element)), stored.apply(element)));
    }
  }

  /** Streams are not held in memory, so a context forgets each element rather than caching it. */
  private static <R, K, T> void writeStream(Repository<R, K> repository, Stream<T> elements,
      Validation<R, K, T> validate) {
    BatchContext context = repository.contextOrCheckStrict();
    ContextLoader loader = context == null ? null : context.loader(repository.db());
    int[] element = {0};
    BatchSupport.writeStream(repository.db(), elements.iterator(), value -> {
      WriteOp op = validate.apply(repository, value, element[0]++);
      if (loader != null) {
        loader.evict(repository.codec(), op.id());
      }
      return op;
    });
  }

  /** Turns one element into a validated write, as {@link BatchSupport#put} does. */
  @FunctionalInterface
  private interface Validation<R, K, T> {
    WriteOp apply(Repository<R, K> repository, T value, int element);
  }
}
