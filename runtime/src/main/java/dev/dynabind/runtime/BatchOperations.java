package dev.dynabind.runtime;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * The batch operations of a table: reads and writes of many items in BatchGetItem (100 keys) and
 * BatchWriteItem (25 writes) requests sent in parallel, with unprocessed items and throttling
 * retried, and exact reports of what was not applied. Every {@link Repository} offers them; see
 * the README's "Batch operations" for the rules they share.
 *
 * @param <R> the record type
 * @param <K> the key type
 */
public interface BatchOperations<R, K> {
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
  List<R> batchGet(Collection<K> keys);

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
  List<R> batchGet(Collection<K> keys, BatchGetOptions options);

  /**
   * Writes many items at once in BatchWriteItem requests of 25, sent in parallel up to
   * {@link Dynabind#concurrency()}; each replaces any item with the same key. If the collection
   * holds two items with one key, the later one is written. Each item is stamped as
   * {@link ItemOperations#save(Object)} stamps it, all with one instant. Refused on a {@code @Version} table, which a
   * batch cannot check: see {@link #batchSave(Collection, BatchWriteOptions)}.
   *
   * @param items the items
   * @return the records as stored, in input order (one per element, duplicates included)
   * @throws IllegalArgumentException when an item is null, has a null or empty key, or is over
   *     400 KB, naming its key, or the table has {@code @Version}; nothing is sent
   * @throws UnprocessedItemsException when some items were not written after the last attempt or
   *     the calling thread was interrupted; every other item was written
   */
  List<R> batchSave(Collection<R> items);

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
  List<R> batchSave(Collection<R> items, BatchWriteOptions options);

  /**
   * Writes a stream of items with bounded memory: at most
   * {@link Dynabind#streamInFlightLimit()} items are pulled from the stream and not yet written
   * at any time. Writes of one key are applied in stream order, so the last one wins, even though
   * chunks run in parallel; a write superseded by a later applied write of its key is never
   * reported as not applied, and of several writes of a key not applied only the latest is.
   *
   * <p>Items are stamped as {@link ItemOperations#save(Object)} stamps them, all with the instant of the call. The
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
  void batchSave(Stream<R> items);

  /**
   * Writes a stream of items as {@link #batchSave(Stream)}, with options.
   *
   * @param items the items, pulled lazily; the stream is not closed
   * @param options the options, such as {@link BatchWriteOptions#skipVersionCheck()}
   * @throws IllegalArgumentException as {@link #batchSave(Stream)}
   * @throws UnprocessedItemsException as {@link #batchSave(Stream)}
   */
  void batchSave(Stream<R> items, BatchWriteOptions options);

  /**
   * Deletes many items by key at once in BatchWriteItem requests of 25; absent items are not an
   * error.
   *
   * @param keys the keys; duplicates are deleted once
   * @throws IllegalArgumentException when a key is null or empty, naming it; nothing is sent
   * @throws UnprocessedItemsException when some deletes were not applied after the last attempt
   */
  void batchDelete(Collection<K> keys);

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
  void batchDelete(Stream<K> keys);

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
  void batchWrite(Stream<Write<R, K>> writes);

  /**
   * Writes a stream mixing puts and deletes as {@link #batchWrite(Stream)}, with options.
   *
   * @param writes the writes, pulled lazily; the stream is not closed
   * @param options the options, such as {@link BatchWriteOptions#skipVersionCheck()}
   * @throws IllegalArgumentException as {@link #batchWrite(Stream)}
   * @throws UnprocessedItemsException as {@link #batchWrite(Stream)}
   */
  void batchWrite(Stream<Write<R, K>> writes, BatchWriteOptions options);

  /**
   * Reads a stream of keys lazily, with {@link StreamReadOptions#defaults()}.
   *
   * @param keys the keys, pulled as the result is consumed
   * @return the items found, in input order; see {@link #batchGet(Stream, StreamReadOptions)}
   */
  Stream<R> batchGet(Stream<K> keys);

  /**
   * Reads a stream of keys lazily with these consistency and projection options.
   *
   * @param keys the keys, pulled as the result is consumed
   * @param options consistency and projection
   * @return the items found, in input order; see {@link #batchGet(Stream, StreamReadOptions)}
   */
  Stream<R> batchGet(Stream<K> keys, BatchGetOptions options);

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
  Stream<R> batchGet(Stream<K> keys, StreamReadOptions options);

  /**
   * Deletes the stored items with the keys of these items, as {@link #batchDelete(Collection)}.
   *
   * @param items the items whose keys to delete
   * @throws IllegalArgumentException when an item is null or its key is null or empty; nothing
   *     is sent
   * @throws UnprocessedItemsException when some deletes were not applied after the last attempt
   */
  void batchDeleteItems(Collection<R> items);
}
