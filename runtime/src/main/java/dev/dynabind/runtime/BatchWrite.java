package dev.dynabind.runtime;

import dev.dynabind.runtime.internal.batch.BatchWrites;
import dev.dynabind.runtime.internal.batch.Pending;
import dev.dynabind.runtime.internal.batch.WriteOp;
import dev.dynabind.runtime.internal.config.Arguments;
import java.util.Collection;
import java.util.List;

/**
 * Puts and deletes across several tables, sent together in BatchWriteItem requests of up to 25
 * writes. Each write is validated when it is added, so an invalid one fails before anything is
 * sent. Within one call the last write to an item wins. Single use, not thread-safe.
 *
 * <p>Each put is stamped when it is added, as {@code save} stamps ({@code @GeneratedId},
 * {@code @CreatedAt}, {@code @UpdatedAt}, {@code @Version} plus one), with one instant for the
 * whole batch, read from the clock at the first put. A put to a {@code @Version} table is refused
 * unless the batch was started with {@link BatchWriteOptions#skipVersionCheck()}.
 *
 * <pre>{@code
 * db.batchWrite()
 *     .saveAll(users, newUsers)
 *     .delete(orders, new OrderKey("alice", 17L))
 *     .execute();
 * }</pre>
 */
public final class BatchWrite {
  private final Dynabind db;
  private final BatchWrites writes;
  private boolean executed;

  BatchWrite(Dynabind db, BatchWriteOptions options) {
    this.db = db;
    this.writes = new BatchWrites(options, db::writeStamp);
  }

  /**
   * Adds a put, replacing any stored item with the same key.
   *
   * @param repository the item's repository, made with the same {@link Dynabind}
   * @param item the item
   * @param <R> the record type
   * @return this
   * @throws IllegalArgumentException when the item is null, has a null or empty key, or is over
   *     400 KB, or its table has {@code @Version} and the batch does not skip the version check
   */
  public <R> BatchWrite save(Repository<R, ?> repository, R item) {
    put(check(repository), item);
    return this;
  }

  /** Adds a put of a checked repository. */
  private <R, K> void put(Repository<R, K> repository, R item) {
    writes.put(repository.binding(), repository.recordKeys(), item);
  }

  /**
   * Adds a put of each item.
   *
   * @param repository the items' repository
   * @param items the items
   * @param <R> the record type
   * @return this
   * @throws IllegalArgumentException as {@link #save}, for the first invalid item
   */
  public <R> BatchWrite saveAll(Repository<R, ?> repository, Collection<? extends R> items) {
    check(repository);
    for (R item : Arguments.required(items, "items")) {
      put(repository, item);
    }
    return this;
  }

  /**
   * Adds a delete; deleting an absent item is not an error.
   *
   * @param repository the item's repository
   * @param key the key
   * @param <K> the key type
   * @return this
   * @throws IllegalArgumentException when the key is null or empty
   */
  public <K> BatchWrite delete(Repository<?, K> repository, K key) {
    check(repository);
    writes.delete(repository.binding(), repository.recordKeys(), key);
    return this;
  }

  /**
   * Adds a delete of each key.
   *
   * @param repository the items' repository
   * @param keys the keys
   * @param <K> the key type
   * @return this
   * @throws IllegalArgumentException as {@link #delete}, for the first invalid key
   */
  public <K> BatchWrite deleteAll(Repository<?, K> repository, Collection<? extends K> keys) {
    check(repository);
    for (K key : Arguments.required(keys, "keys")) {
      writes.delete(repository.binding(), repository.recordKeys(), key);
    }
    return this;
  }

  /**
   * Adds a delete of each item's key.
   *
   * @param repository the items' repository
   * @param items the items
   * @param <R> the record type
   * @return this
   * @throws IllegalArgumentException when an item is null or has a null or empty key
   */
  public <R> BatchWrite deleteItems(Repository<R, ?> repository, Collection<? extends R> items) {
    check(repository);
    for (R item : Arguments.required(items, "items")) {
      deleteItem(repository, item);
    }
    return this;
  }

  private <R, K> void deleteItem(Repository<R, K> repository, R item) {
    writes.deleteItem(repository.binding(), repository.recordKeys(), item);
  }

  /**
   * Sends every write, in parallel chunks of 25, retrying what is unprocessed or throttled.
   *
   * @throws UnprocessedItemsException when some writes were not applied after the last attempt
   *     or the calling thread was interrupted; everything else was applied
   * @throws IllegalStateException when called twice
   * @throws BatchContextRequiredException in strict mode outside a batch context
   */
  public void execute() {
    BatchContext context = db.contextOrCheckStrict();
    if (executed) {
      throw new IllegalStateException("a BatchWrite executes once");
    }
    executed = true;
    List<WriteOp> ops = writes.ops();
    if (ops.isEmpty()) {
      return;
    }
    try {
      db.batchServices().runner().write(ops);
    } finally {
      if (context != null) {
        // Cross-table writes carry no typed items back, so a context forgets what they touched
        // and reads it again when asked.
        for (WriteOp write : ops) {
          Pending pending = (Pending) write.tag();
          context.loader(db).evict(pending.codec(), write.id());
        }
      }
    }
  }

  private <T extends Repository<?, ?>> T check(T repository) {
    Arguments.required(repository, "repository");
    if (repository.db() != db) {
      throw new IllegalArgumentException("repository of table '" + repository.tableName()
          + "' was made with another Dynabind");
    }
    return repository;
  }
}
