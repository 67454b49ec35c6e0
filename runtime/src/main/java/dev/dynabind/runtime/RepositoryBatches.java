package dev.dynabind.runtime;

import dev.dynabind.runtime.internal.ContextLoader;
import dev.dynabind.runtime.internal.WriteOp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
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
    BatchContext context = repository.contextOrCheckStrict();
    if (context != null && options.equals(BatchGetOptions.defaults())) {
      List<Map<String, AttributeValue>> encoded = new ArrayList<>(keys.size());
      for (K key : keys) {
        encoded.add(BatchSupport.encodeKey(repository, key, encoded.size()));
      }
      return context.loader(repository.db()).loadAll(repository, encoded);
    }
    return repository.db().batchGet().add(repository, keys, options).execute()
        .itemsOf(repository);
  }

  static <R, K> void save(Repository<R, K> repository, Collection<R> items) {
    write(repository, items, w -> w.saveAll(repository, items), repository.codec()::keyOf,
        (loader, item) -> loader.written(repository, item));
  }

  static <R, K> void delete(Repository<R, K> repository, Collection<K> keys) {
    write(repository, keys, w -> w.deleteAll(repository, keys), Function.identity(),
        (loader, key) -> loader.deleted(repository, key));
  }

  static <R, K> void deleteItems(Repository<R, K> repository, Collection<R> items) {
    write(repository, items, w -> w.deleteItems(repository, items), repository.codec()::keyOf,
        (loader, item) -> loader.deleted(repository, repository.codec().keyOf(item)));
  }

  static <R, K> void save(Repository<R, K> repository, Stream<R> items) {
    writeStream(repository, items, BatchSupport::put);
  }

  static <R, K> void delete(Repository<R, K> repository, Stream<K> keys) {
    writeStream(repository, keys, BatchSupport::delete);
  }

  /**
   * Runs a batch write; in a context, afterwards records each element as {@code applied}, or
   * forgets it when the write failed partway, since what was applied is then unknown.
   */
  private static <R, K, T> void write(Repository<R, K> repository, Collection<T> elements,
      Consumer<BatchWrite> add, Function<T, K> keyOf, BiConsumer<ContextLoader, T> applied) {
    BatchContext context = repository.contextOrCheckStrict();
    BatchWrite write = repository.db().batchWrite();
    try {
      add.accept(write);
      write.execute();
    } catch (IllegalArgumentException invalid) {
      throw invalid; // nothing was sent
    } catch (RuntimeException e) {
      if (context != null) {
        ContextLoader loader = context.loader(repository.db());
        elements.forEach(element -> loader.evict(repository, keyOf.apply(element)));
      }
      throw e;
    }
    if (context != null) {
      ContextLoader loader = context.loader(repository.db());
      elements.forEach(element -> applied.accept(loader, element));
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
        loader.evictEncoded(repository.codec(), op.id());
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
