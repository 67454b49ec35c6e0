package dev.dynabind.runtime;

import dev.dynabind.runtime.expression.Condition;
import dev.dynabind.runtime.internal.config.Arguments;
import dev.dynabind.runtime.internal.lock.AtomicAction;
import dev.dynabind.runtime.internal.lock.LockStore;
import dev.dynabind.runtime.internal.op.DeleteItemOperation;
import dev.dynabind.runtime.internal.op.GetItemOperation;
import dev.dynabind.runtime.internal.op.PutItemOperation;
import dev.dynabind.runtime.internal.op.TransactActions;
import dev.dynabind.runtime.internal.op.TransactWriteOperation;
import dev.dynabind.runtime.internal.op.WriteCondition;
import dev.dynabind.runtime.internal.table.ItemId;
import dev.dynabind.runtime.spi.LockSpec;
import dev.dynabind.runtime.spi.TableCodec;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * The base of generated repositories for {@code @LockedBy} records: the operations of
 * {@link Repository} plus optimistic locks kept in separate lock items.
 *
 * <p>The lock item of an item lives in the same table under the item's key with the suffix of
 * {@link LockSpec} appended to the sort key (or to the partition key when there is none), and
 * holds a version, an epoch-seconds expiry (the table's TTL attribute) and a lifetime id, a random
 * UUID chosen whenever the lock item is created. Every write conditioned on a lock checks both
 * lifetime id and version, so a lock from an earlier life of the lock item (before DynamoDB's TTL
 * deleted it) never matches, whatever its version. Keys ending
 * with the suffix are therefore reserved: {@link #get}, {@link #save} and {@link #delete} refuse
 * them, and queries skip lock items.
 *
 * <pre>{@code
 * Lock<AccountKey> lock = accounts.lock(key);
 * Account account = accounts.get(key).orElseThrow();
 * accounts.setAtomic(account.withBalance(account.balance() + 10), lock); // or RaceConditionException
 * accounts.updateAtomic(key, a -> a.withBalance(a.balance() + 10));       // retries races itself
 * }</pre>
 *
 * <p>Plain {@link #save} and {@link #delete} do not need a lock, but they still advance the lock
 * version in the same transaction, so whoever holds a lock read before them cannot overwrite
 * their effect unknowingly. So do their conditional forms, {@link #save(Object, Condition)} and
 * {@link #delete(Object, Condition)}: the condition applies to the item, and a failed condition
 * changes neither the item nor the lock. {@code update} and {@code updateAll} are refused on a
 * locked table with a {@link DynabindException} before anything is sent: a transaction cannot
 * return the updated item, and an update outside one would leave locks read before it valid;
 * change an item with {@link #updateAtomic} instead. {@link Transaction#update(Repository,
 * Object, dev.dynabind.runtime.expression.Update)} is allowed on a locked table: it returns no
 * item, so it advances the item's lock version in the same transaction (two DynamoDB actions),
 * as {@code save} and {@code delete} do.
 *
 * @param <R> the record type
 * @param <K> the key type
 */
public abstract class LockedRepository<R, K> extends Repository<R, K> {
  private final LockStore locks;

  /**
   * Binds a codec of a locked table to a {@link Dynabind}.
   *
   * @param db the entry point
   * @param codec the generated codec; its metadata must carry a {@link LockSpec}
   */
  protected LockedRepository(Dynabind db, TableCodec<R, K> codec) {
    super(db, codec);
    if (codec.metadata().lock() == null) {
      throw new IllegalArgumentException("table '" + tableName()
          + "' has no @LockedBy configuration");
    }
    this.locks = new LockStore(db.pipeline(), db.clock(), db.retryPolicy(), tableName(),
        codec.metadata());
  }

  /**
   * Reads the lock of an item consistently. A lock within {@link LockSpec#refreshWithin()} of its
   * expiry, or expired by less than {@link LockSpec#toleratedSkew()}, gets a new expiry and keeps
   * its lifetime and version. An absent lock, or one expired by more than the tolerated skew (per
   * the {@link Dynabind#clock()}; DynamoDB deletes expired items lazily), is created with a new
   * lifetime id by a conditional write, so two callers racing to create it end up holding the
   * same lock. Lost races are retried with the {@link RetryPolicy}'s backoff.
   *
   * @param key the item's key; the item itself need not exist
   * @return the current lock
   * @throws IllegalArgumentException when the key is null, empty or a lock item's key
   * @throws RaceConditionException when other writers changed the lock on every attempt
   * @throws DynabindException when interrupted while waiting to retry; the interrupt flag is set
   */
  public Lock<K> lock(K key) {
    contextOrCheckStrict();
    Map<String, AttributeValue> itemKey = recordKeys().encode(key);
    LockStore.Stored stored = locks.acquire(tableName(), locks.lockKey(itemKey),
        render(itemKey));
    return new Lock<>(tableName(), key, stored.version(), stored.expiresAt(), stored.lifetime());
  }

  /**
   * Writes an item and the next version of its lock in one TransactWriteItems, conditioned on the
   * lock still having the lifetime id and the version of {@code lock}.
   *
   * @param item the item to write, replacing the stored one
   * @param lock a lock of the item's key, from {@link #lock} or a previous atomic write
   * @return the lock that holds after the write
   * @throws IllegalArgumentException when the lock belongs to another key or table; nothing sent
   * @throws RaceConditionException when the lock is stale or expired; the item and the lock stay
   *     as they were
   */
  public Lock<K> setAtomic(R item, Lock<K> lock) {
    Transaction transaction = db().transaction();
    Lock<K> next = transaction.addAtomic(this, item, lock);
    transaction.commit();
    return next;
  }

  /**
   * Reads the lock and then the item (both consistently), applies {@code change} and writes the
   * result with {@link #setAtomic}; when another writer got in between, it starts again, up to
   * {@link RetryPolicy#maxAttempts()} attempts, waiting {@link RetryPolicy#delayBeforeRetry} before
   * each retry. {@code change} may therefore run several times and should have no side effects.
   *
   * @param key the item's key
   * @param change receives the current item, or {@code null} when there is none (so it can create
   *     one), and returns the item to write, with the same key; it must not return null
   * @return the item written
   * @throws IllegalArgumentException when {@code change} returns null or changes the key
   * @throws RaceConditionException when the last attempt lost its race too
   * @throws DynabindException when interrupted while waiting to retry; the interrupt flag is set
   */
  public R updateAtomic(K key, UnaryOperator<R> change) {
    Arguments.required(change, "change");
    Map<String, AttributeValue> itemKey = recordKeys().encode(key);
    RetryPolicy policy = db().retryPolicy();
    for (int attempt = 1; ; attempt++) {
      // The lock is read before the item: any write after this read advances the version, so a
      // stale item can never be written back.
      Lock<K> lock = lock(key);
      R updated = change.apply(readConsistent(itemKey));
      if (updated == null) {
        throw new IllegalArgumentException("updateAtomic's change returned null for "
            + render(itemKey) + " of table '" + tableName() + "'; return the item to write");
      }
      Map<String, AttributeValue> updatedKey = recordKeys().encodeKeyOnly(codec().keyOf(updated));
      if (!sameKey(updatedKey, itemKey)) {
        throw new IllegalArgumentException("updateAtomic's change turned the key "
            + render(itemKey) + " into " + render(updatedKey) + " in table '" + tableName()
            + "'; it must not change the key");
      }
      try {
        setAtomic(updated, lock);
        return updated;
      } catch (RaceConditionException lost) {
        if (attempt >= policy.maxAttempts()) {
          throw lost;
        }
        locks.backoff(attempt, "the atomic update of " + render(itemKey) + " in table '"
            + tableName() + "'");
      }
    }
  }

  /**
   * Writes one item unconditionally and, in the same TransactWriteItems, advances its lock
   * version, so a lock read before this save is stale afterwards. The item is stamped as
   * {@link Repository#save} stamps it ({@code @Version} is a compile-time error on a
   * {@code @LockedBy} table, whose lock already orders the writes).
   *
   * @param item the item
   * @return the record as stored
   * @throws IllegalArgumentException when a key component is null, empty or a lock item's key
   */
  @Override
  public R save(R item) {
    return put(item, null);
  }

  /**
   * Writes one item only when a condition on the stored item holds and, in the same
   * TransactWriteItems, advances its lock version; see {@link Repository#save(Object, Condition)}.
   *
   * @param item the item
   * @param condition the condition on the item stored now
   * @return the record as stored
   * @throws IllegalArgumentException when the item or condition is null, or a key component is
   *     null, empty or a lock item's key; nothing is sent
   * @throws ConditionFailedException when the condition did not hold; neither the item nor its
   *     lock changed, and {@link ConditionFailedException#item} gives the item as it was
   */
  @Override
  public R save(R item, Condition condition) {
    return put(item, Arguments.required(condition, "condition"));
  }

  /**
   * Deletes one item and, in the same TransactWriteItems, advances its lock version. The lock
   * item is kept (DynamoDB's TTL removes it later), so a later {@link #lock} continues from the
   * advanced version; once TTL removed it, the next lock starts a new lifetime, which no earlier
   * lock matches either.
   *
   * @param key the key
   * @throws IllegalArgumentException when the key is null, empty or a lock item's key
   */
  @Override
  public void delete(K key) {
    deleteItem(key, null);
  }

  /**
   * Deletes one item only when a condition on it holds and, in the same TransactWriteItems,
   * advances its lock version; see {@link Repository#delete(Object, Condition)}.
   *
   * @param key the key
   * @param condition the condition on the item stored now
   * @throws IllegalArgumentException when the key or condition is null, or the key is empty or a
   *     lock item's key; nothing is sent
   * @throws ConditionFailedException when the condition did not hold; neither the item nor its
   *     lock changed, and {@link ConditionFailedException#item} gives the item as it was
   */
  @Override
  public void delete(K key, Condition condition) {
    deleteItem(key, Arguments.required(condition, "condition"));
  }

  /**
   * Refused: see the class description.
   *
   * @throws DynabindException always
   */
  @Override
  void checkUpdatable() {
    throw new DynabindException("table '" + tableName() + "' is @LockedBy: update and updateAll"
        + " are refused, since a transaction that also advances the lock cannot return the"
        + " updated item; use updateAtomic, or save, delete or Transaction.update, which advance"
        + " the lock");
  }

  private R put(R item, Condition condition) {
    Arguments.required(item, "item");
    BatchContext context = contextOrCheckStrict();
    R stored = codec().beforeWrite(item, db().writeStamp());
    Map<String, AttributeValue> encoded = recordKeys().encodeItem(stored);
    Map<String, AttributeValue> itemKey = recordKeys().keyOf(encoded);
    // The repository's own put request, as a transaction action: one way to write a condition.
    writeThrough(context, itemKey, Optional.of(stored), () -> transact(itemKey,
        TransactActions.put(new PutItemOperation(tableName(), codec().metadata(), itemKey, encoded,
            WriteCondition.of(condition, codec().metadata())).request()),
        locks.bump(tableName(), locks.lockKey(itemKey))));
    return stored;
  }

  private void deleteItem(K key, Condition condition) {
    BatchContext context = contextOrCheckStrict();
    Map<String, AttributeValue> itemKey = recordKeys().encode(key);
    writeThrough(context, itemKey, Optional.empty(), () -> transact(itemKey,
        TransactActions.delete(new DeleteItemOperation(tableName(), codec().metadata(), itemKey,
            WriteCondition.of(condition, codec().metadata())).request()),
        locks.bump(tableName(), locks.lockKey(itemKey))));
  }

  /** Validates an item and its lock and prepares the two actions; used by {@link AtomicWrite}. */
  AtomicAction<K> prepareAtomic(R item, Lock<K> lock) {
    Arguments.required(item, "item");
    Arguments.required(lock, "lock");
    Map<String, AttributeValue> encoded =
        recordKeys().encodeItem(codec().beforeWrite(item, db().writeStamp()));
    Map<String, AttributeValue> itemKey = recordKeys().keyOf(encoded);
    if (!lock.tableName().equals(tableName())
        || !sameKey(recordKeys().encodeKeyOnly(lock.key()), itemKey)) {
      throw new IllegalArgumentException("the lock of " + lock.key() + " in table '"
          + lock.tableName() + "' does not belong to item " + render(itemKey) + " of table '"
          + tableName() + "'");
    }
    if (locks.isExpired(lock.expiresAt())) {
      // The write would be safe (it is conditioned on the lifetime), but DynamoDB may delete an
      // expired lock item at any moment; failing now tells the caller to read a fresh lock.
      throw new RaceConditionException("the lock of " + render(itemKey) + " in table '"
          + tableName() + "' expired at " + lock.expiresAt() + "; read it again with lock()",
          List.of(lock), null);
    }
    Map<String, AttributeValue> lockKey = locks.lockKey(itemKey);
    long next = lock.version() + 1;
    long ttl = locks.newTtlSeconds();
    return new AtomicAction<>(new ItemId(tableName(), itemKey), tableName(), render(itemKey),
        TransactWriteItem.builder().put(p -> p.tableName(tableName()).item(encoded)).build(),
        locks.advance(tableName(), lockKey, lock, next, ttl),
        encoded, locks.lockItem(lockKey, next, ttl, lock.lifetimeId()), lock,
        new Lock<>(tableName(), lock.key(), next, Instant.ofEpochSecond(ttl), lock.lifetimeId()));
  }

  /** The key of an item's lock item; used by {@link Transaction}. */
  Map<String, AttributeValue> lockKeyOf(Map<String, AttributeValue> itemKey) {
    return locks.lockKey(itemKey);
  }

  /** The transaction action that makes every lock of an item stale; used by {@link Transaction}. */
  TransactWriteItem lockBump(Map<String, AttributeValue> itemKey) {
    return locks.bump(tableName(), locks.lockKey(itemKey));
  }

  private R readConsistent(Map<String, AttributeValue> itemKey) {
    return run(GetItemOperation.of(binding(), itemKey, true)).orElse(null);
  }

  /**
   * A write and its lock bump: a cancellation is not a lost race here. When the write's own
   * condition failed (the first action) it is a {@link ConditionFailedException} with the item as
   * it was; the cancellation itself, which carries that item, is not chained.
   */
  private void transact(Map<String, AttributeValue> itemKey, TransactWriteItem... items) {
    run(new TransactWriteOperation(List.of(items), render(itemKey), canceled -> {
      CancellationReason write = canceled.hasCancellationReasons()
          ? canceled.cancellationReasons().get(0) : null;
      if (write != null && "ConditionalCheckFailed".equals(write.code())) {
        return new ConditionFailedException(tableName(), render(itemKey),
            write.hasItem() ? write.item() : null, null);
      }
      return canceled;
    }));
  }

  /** Numbers compare by value: the item as read holds DynamoDB's form of the caller's key. */
  private boolean sameKey(Map<String, AttributeValue> a, Map<String, AttributeValue> b) {
    return new ItemId(tableName(), a).equals(new ItemId(tableName(), b));
  }

  private String render(Map<String, AttributeValue> key) {
    return ItemDecodeException.renderKey(codec().metadata(), key);
  }
}
