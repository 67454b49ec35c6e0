package dev.dynabind.runtime;

import dev.dynabind.runtime.expression.Condition;
import dev.dynabind.runtime.expression.Update;
import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The single-item operations of a table: reads, writes, conditional writes and in-place updates,
 * each one request (or, for {@code updateAll}, one request per key) sent through the pipeline
 * that retries and translates errors. Every {@link Repository} offers them; see it for strict
 * mode and tenancy.
 *
 * @param <R> the record type
 * @param <K> the key type
 */
public interface ItemOperations<R, K> {
  /**
   * Reads one item (an eventually consistent GetItem).
   *
   * @param key the key
   * @return the item, or empty when there is none
   * @throws IllegalArgumentException when the key is null or empty, or is the key of a lock item;
   *     nothing is sent
   */
  Optional<R> get(K key);

  /**
   * Reads one item without blocking the caller, on the {@link Dynabind#executor()}. Inside a
   * batch context each call returns a future of its own: completing or cancelling it changes
   * nothing for other reads of the key.
   *
   * @param key the key
   * @return the item, or empty when there is none
   * @throws IllegalArgumentException when the key is null or empty, or is the key of a lock item;
   *     nothing is sent
   */
  CompletableFuture<Optional<R>> getAsync(K key);

  /**
   * Writes one item, replacing any item with the same key (a PutItem), and returns it as stored.
   *
   * <p>The item is first stamped with the {@link Dynabind#clock()}: a null {@code @GeneratedId}
   * gets a new id, a null {@code @CreatedAt} the write's instant, {@code @UpdatedAt} always the
   * write's instant. On a {@code @Version} table the put is conditioned on the version the item
   * carries, as the Enhanced Client's {@code VersionedRecordExtension} does: null or 0 means a new
   * item (no version may be stored), any other value must be the stored version; the item is
   * stored with that version plus one. Records without these annotations are stored as given,
   * unconditionally.
   *
   * @param item the item
   * @return the record as stored, with generated id, timestamps and version; {@code item} itself
   *     when the record has no lifecycle annotations
   * @throws IllegalArgumentException when the item is null, a key component is null or empty, or
   *     the key is that of a lock item; nothing is sent
   * @throws VersionConflictException on a {@code @Version} table when the stored version is not
   *     the one the item carries; nothing was written
   */
  R save(R item);

  /**
   * Deletes one item; deleting an absent item is not an error. On a {@code @Version} table no
   * version is checked (see {@link #delete(Object, Condition)}).
   *
   * @param key the key
   * @throws IllegalArgumentException when the key is null or empty, or is the key of a lock item;
   *     nothing is sent
   */
  void delete(K key);

  /**
   * Writes one item only when a condition on the stored item holds (a conditional PutItem),
   * replacing any item with the same key. {@link Condition#ifAbsent()} creates an item only when
   * none exists:
   *
   * <pre>{@code
   * users.save(user, Condition.ifAbsent());
   * users.save(user, status.eq(Status.ACTIVE).and(loginCount.lt(10)));
   * }</pre>
   *
   * <p>Inside a batch context the cache then holds the item; after a failure it forgets the key.
   *
   * @param item the item
   * @param condition the condition on the item stored now (an absent item has no attributes, so
   *     {@code attribute_exists} and comparisons fail on it and {@code attribute_not_exists}
   *     holds); on a {@code @Version} table the version check must hold too
   * @return the record as stored, stamped as {@link #save(Object)} stamps it
   * @throws IllegalArgumentException when the item or condition is null, a key component is null
   *     or empty, or the key is that of a lock item; nothing is sent
   * @throws ConditionFailedException when the condition did not hold; nothing was written, and
   *     {@link ConditionFailedException#item} gives the item as it was
   * @throws VersionConflictException on a {@code @Version} table when the stored version is not
   *     the one the item carries; nothing was written
   */
  R save(R item, Condition condition);

  /**
   * Deletes one item only when a condition on it holds (a conditional DeleteItem). With a
   * condition, an absent item fails unless the condition holds for an absent item. On a
   * {@code @Version} table a delete checks no version, as the Enhanced Client's do not; to delete
   * only the version read, pass {@code version.eq(read)} as the condition.
   *
   * @param key the key
   * @param condition the condition on the item stored now
   * @throws IllegalArgumentException when the key or condition is null, the key is empty, or it is
   *     the key of a lock item; nothing is sent
   * @throws ConditionFailedException when the condition did not hold; nothing was deleted, and
   *     {@link ConditionFailedException#item} gives the item as it was
   */
  void delete(K key, Condition condition);

  /**
   * Changes attributes of one item in place (an UpdateItem) and returns the item as stored
   * afterwards (ReturnValues {@code ALL_NEW}), decoded. Nothing is read first: counters added
   * from many threads at once land exactly.
   *
   * <pre>{@code
   * User after = users.update(key, Update.of(loginCount.add(1), tags.addAll(Set.of("vip")),
   *     address.city().set("Oslo"), expiresAt.remove()));
   * }</pre>
   *
   * <p><b>A missing item is created</b>, as DynamoDB does: from the key and what the update
   * sets. Its other components read as absent attributes do: null, or the Java default of a
   * primitive (0, false), or an empty set with {@code @EmptyWhenAbsent}. To change only items
   * that exist, pass {@link Condition#ifPresent()} to {@link #update(Object, Update, Condition)}.
   * The returned item is decoded from what DynamoDB stored; if it cannot be decoded (an attribute
   * of another type, written by other code), the update was applied all the same and
   * {@link ItemDecodeException} is thrown.
   *
   * <p>Key attributes cannot be updated: their generated references are read-only, so such an
   * update does not compile. Inside a batch context the cache then holds the returned item; after
   * a failure it forgets the key. On a {@code @LockedBy} table this method and
   * {@code updateAll} are refused (see {@link LockedRepository}), whereas
   * {@link Transaction#update(Repository, Object, Update)} is allowed there: it advances the
   * item's lock in the same transaction and returns no item.
   *
   * <p><b>Lifecycle.</b> The same request sets {@code @UpdatedAt} to the {@link Dynabind#clock()}'s
   * instant, and {@code @CreatedAt} and a non-key {@code @GeneratedId} only when it creates the
   * item ({@code if_not_exists}); it adds 1 to {@code @Version} (a created item gets 1). The
   * version is not checked: an update changes what is stored rather than replacing a version it
   * read. To apply it only to the version read, pass {@code version.eq(read)} as the condition of
   * {@link #update(Object, Update, Condition)}. The update itself may not change those
   * attributes (an {@link IllegalArgumentException}); {@code @Ttl} is the caller's to set.
   *
   * @param key the key
   * @param update the changes
   * @return the item as stored after the update
   * @throws IllegalArgumentException when the key or update is null, the key is empty, it is the
   *     key of a lock item, or the update changes an attribute that the lifecycle sets
   *     ({@code @GeneratedId}, {@code @CreatedAt}, {@code @UpdatedAt}, {@code @Version}); nothing
   *     is sent
   * @throws ItemDecodeException when the item after the update cannot be decoded into the record
   *     (the update was applied)
   * @throws DynabindException on a {@code @LockedBy} table (use {@code updateAtomic}, or
   *     {@link Transaction#update(Repository, Object, Update)}, which advances the lock); nothing
   *     is sent
   */
  R update(K key, Update update);

  /**
   * Changes attributes of one item in place only when a condition on it holds, and returns the
   * item as stored afterwards; see {@link #update(Object, Update)}.
   *
   * <pre>{@code
   * users.update(key, Update.of(status.set(Status.ACTIVE)), Condition.ifPresent());
   * }</pre>
   *
   * @param key the key
   * @param update the changes
   * @param condition the condition on the item stored now; {@link Condition#ifPresent()} keeps
   *     the update from creating a missing item
   * @return the item as stored after the update, stamped as {@link #update(Object, Update)} says
   * @throws IllegalArgumentException when an argument is null, the key is empty, it is the key of
   *     a lock item, or the update changes an attribute that the lifecycle sets; nothing is sent
   * @throws ConditionFailedException when the condition did not hold; nothing was changed, and
   *     {@link ConditionFailedException#item} gives the item as it was
   * @throws ItemDecodeException when the item after the update cannot be decoded into the record
   *     (the update was applied)
   * @throws DynabindException on a {@code @LockedBy} table (use {@code updateAtomic}, or
   *     {@link Transaction#update(Repository, Object, Update)}, which advances the lock); nothing
   *     is sent
   */
  R update(K key, Update update, Condition condition);

  /**
   * Applies one update to many items, one UpdateItem per distinct key, sent in parallel up to
   * {@link Dynabind#concurrency()}; nothing is read first. Throttling is retried per the
   * {@link Dynabind#retryPolicy()}. As with {@link #update(Object, Update)}, missing items are
   * created; use {@link #updateAll(Collection, Update, Condition)} with
   * {@link Condition#ifPresent()} to change only existing ones. Lifecycle attributes are set as
   * {@link #update(Object, Update)} sets them, with one instant for the whole call and a new id
   * for each item created.
   *
   * <pre>{@code
   * users.updateAll(keys, Update.of(status.set(Status.INACTIVE)));
   * }</pre>
   *
   * @param keys the keys; duplicates are updated once
   * @param update the changes
   * @throws IllegalArgumentException when an argument is null, a key is null, empty or that of a
   *     lock item (naming it), or the update changes an attribute that the lifecycle sets; nothing
   *     is sent
   * @throws UpdateAllException when some items were not updated; it lists exactly those keys,
   *     each with why, and every other item was updated
   * @throws DynabindException on a {@code @LockedBy} table (use {@code updateAtomic}, or
   *     {@link Transaction#update(Repository, Object, Update)}, which advances the lock); nothing
   *     is sent
   */
  void updateAll(Collection<K> keys, Update update);

  /**
   * Applies one update to many items where a condition holds for each, one conditional
   * UpdateItem per distinct key, sent in parallel up to {@link Dynabind#concurrency()}. A failed
   * condition fails that key only; any other exception of a key's request (an error that the
   * retries did not cure, or an {@link ItemDecodeException} of the updated item) stops the call,
   * and the keys not yet sent are reported as not attempted. An {@link Error} is thrown itself,
   * with the {@link UpdateAllException} of the keys not updated suppressed on it.
   *
   * @param keys the keys; duplicates are updated once
   * @param update the changes
   * @param condition the condition on each item stored now
   * @throws IllegalArgumentException when an argument is null, a key is null, empty or that of a
   *     lock item (naming it), or the update changes an attribute that the lifecycle sets; nothing
   *     is sent
   * @throws UpdateAllException when some items were not updated; it lists exactly those keys,
   *     each with why ({@link UpdateAllException.Reason}), and every other item was updated
   * @throws DynabindException on a {@code @LockedBy} table (use {@code updateAtomic}, or
   *     {@link Transaction#update(Repository, Object, Update)}, which advances the lock); nothing
   *     is sent
   */
  void updateAll(Collection<K> keys, Update update, Condition condition);
}
