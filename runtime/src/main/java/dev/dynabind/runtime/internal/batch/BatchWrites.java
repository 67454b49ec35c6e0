package dev.dynabind.runtime.internal.batch;

import dev.dynabind.runtime.BatchWriteOptions;
import dev.dynabind.runtime.internal.table.RecordKeys;
import dev.dynabind.runtime.internal.table.TableBinding;
import dev.dynabind.runtime.spi.WriteStamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * The validated writes of one batch write across tables, in call order: the core of
 * {@code BatchWrite} and of a repository's collection batch writes. Puts are stamped with one
 * stamp, taken at the first put. Single use, not thread-safe.
 */
public final class BatchWrites {
  private final BatchWriteOptions options;
  private final Supplier<WriteStamp> stamps;
  private final List<WriteOp> writes = new ArrayList<>();
  private final EncodedBudget encodedBudget = EncodedBudget.forCollection();
  private WriteStamp stamp;

  /**
   * An empty batch.
   *
   * @param options the call's options
   * @param stamps makes the stamp of the call's puts, asked once at the first put
   */
  public BatchWrites(BatchWriteOptions options, Supplier<WriteStamp> stamps) {
    this.options = options;
    this.stamps = stamps;
  }

  /**
   * Adds a put, stamped unless the call restores.
   *
   * @param table the item's table as the call names it
   * @param keys the table's keys
   * @param item the caller's item
   * @param <R> the record type
   * @param <K> the key type
   * @return the record as it will be stored
   * @throws IllegalArgumentException when the item is null or invalid, naming it
   */
  public <R, K> R put(TableBinding<R, K> table, RecordKeys<R, K> keys, R item) {
    if (stamp == null) {
      stamp = stamps.get();
    }
    R stored = BatchElements.stamp(table, item, writes.size(), stamp, options);
    writes.add(BatchElements.put(table, keys, stored, writes.size(), encodedBudget));
    return stored;
  }

  /**
   * Adds a delete.
   *
   * @param table the item's table as the call names it
   * @param keys the table's keys
   * @param key the key
   * @param <K> the key type
   * @throws IllegalArgumentException when the key is null or invalid, naming it
   */
  public <K> void delete(TableBinding<?, K> table, RecordKeys<?, K> keys, K key) {
    writes.add(BatchElements.delete(table, keys, key, writes.size()));
  }

  /**
   * Adds a delete of an item's key.
   *
   * @param table the item's table as the call names it
   * @param keys the table's keys
   * @param item the item
   * @param <R> the record type
   * @param <K> the key type
   * @throws IllegalArgumentException when the item is null or its key invalid, naming it
   */
  public <R, K> void deleteItem(TableBinding<R, K> table, RecordKeys<R, K> keys, R item) {
    writes.add(BatchElements.deleteItem(table, keys, item, writes.size()));
  }

  /**
   * The writes added so far, tagged with their {@link Pending}.
   *
   * @return an unmodifiable view
   */
  public List<WriteOp> ops() {
    return Collections.unmodifiableList(writes);
  }
}
