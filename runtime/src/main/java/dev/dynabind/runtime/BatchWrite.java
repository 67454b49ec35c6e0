package dev.dynabind.runtime;

import dev.dynabind.runtime.internal.batch.EncodedBudget;
import dev.dynabind.runtime.internal.batch.WriteOp;
import dev.dynabind.runtime.internal.config.Arguments;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Puts and deletes across several tables, sent together in BatchWriteItem requests of up to 25
 * writes. Each write is validated when it is added, so an invalid one fails before anything is
 * sent. Within one call the last write to an item wins. Single use, not thread-safe.
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
  private final List<WriteOp> writes = new ArrayList<>();
  private final EncodedBudget encodedBudget = EncodedBudget.forCollection();
  private boolean executed;

  BatchWrite(Dynabind db) {
    this.db = db;
  }

  /**
   * Adds a put, replacing any stored item with the same key.
   *
   * @param repository the item's repository, made with the same {@link Dynabind}
   * @param item the item
   * @param <R> the record type
   * @return this
   * @throws IllegalArgumentException when the item is null, has a null or empty key, or is over
   *     400 KB
   */
  public <R> BatchWrite save(Repository<R, ?> repository, R item) {
    writes.add(BatchSupport.put(check(repository), item, writes.size(), encodedBudget));
    return this;
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
      writes.add(BatchSupport.put(repository, item, writes.size(), encodedBudget));
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
    writes.add(BatchSupport.delete(check(repository), key, writes.size()));
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
      writes.add(BatchSupport.delete(repository, key, writes.size()));
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
      writes.add(deleteItem(repository, item));
    }
    return this;
  }

  private <R, K> WriteOp deleteItem(Repository<R, K> repository, R item) {
    if (item == null) {
      throw new IllegalArgumentException("Batch element #" + writes.size() + " for table '"
          + repository.tableName() + "': the item is null");
    }
    K key;
    try {
      key = repository.codec().keyOf(item);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Batch element #" + writes.size() + " for table '"
          + repository.tableName() + "': " + e.getMessage(), e);
    }
    return BatchSupport.delete(repository, key, writes.size());
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
    if (writes.isEmpty()) {
      return;
    }
    try {
      BatchSupport.write(db, writes);
    } finally {
      if (context != null) {
        // Cross-table writes carry no typed items back, so a context forgets what they touched
        // and reads it again when asked.
        for (WriteOp write : writes) {
          Pending pending = (Pending) write.tag();
          context.loader(db).evict(pending.repository().codec(), write.id());
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
