package dev.dynabind.runtime;

import dev.dynabind.runtime.expression.Condition;
import dev.dynabind.runtime.expression.Update;
import dev.dynabind.runtime.internal.config.Arguments;
import dev.dynabind.runtime.internal.lock.AtomicAction;
import dev.dynabind.runtime.internal.op.DeleteItemOperation;
import dev.dynabind.runtime.internal.op.PutItemOperation;
import dev.dynabind.runtime.internal.op.TransactActions;
import dev.dynabind.runtime.internal.op.TransactWriteOperation;
import dev.dynabind.runtime.internal.op.UpdateItemOperation;
import dev.dynabind.runtime.internal.op.WriteCondition;
import dev.dynabind.runtime.internal.txn.TransactionAction;
import dev.dynabind.runtime.internal.txn.TransactionPlan;
import dev.dynabind.runtime.internal.txn.TransactionPlan.Prepared;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Writes to one or more tables applied all or nothing, in one TransactWriteItems. Made by
 * {@link Dynabind#transaction()}; not thread-safe, use one per unit of work.
 *
 * <pre>{@code
 * db.transaction()
 *     .put(users, user, Condition.ifAbsent())
 *     .update(accounts, from, Update.of(balance.add(-50)), balance.ge(50L))
 *     .delete(sessions, sessionKey)
 *     .check(orders, orderKey, status.eq(Status.PENDING))
 *     .idempotencyToken("request-123")
 *     .commit();
 * }</pre>
 *
 * <p><b>Actions.</b> Each action is compiled as the repository's own single-item write is
 * (conditions, updates, {@code @Version} checks, generated ids and timestamps), and validated
 * when it is added, and nothing is sent: a null argument is refused with an
 * {@link IllegalArgumentException} naming the argument; a repository of another client, a bad
 * key, an update of a lifecycle attribute, an item set twice (numbers in keys compare by value,
 * as DynamoDB compares them), more than {@value #MAX_ACTIONS} DynamoDB actions or more than 4 MB
 * in all with one naming the action's index (from 0), kind and table, and its key once the key
 * is valid. On a {@code @LockedBy} table a put, update or delete also advances the item's lock
 * version, as the repository's {@code save} and {@code delete} do, and counts as two DynamoDB
 * actions; so does {@link #setAtomic}. (The repository's own {@code update} refuses such a table;
 * a transaction's update is allowed, since it returns no item.)
 *
 * <p><b>Failures.</b> When DynamoDB cancels the transaction nothing is applied and
 * {@link TransactionCanceledException} names each action's reason; a stale lock of a
 * {@code setAtomic} action throws {@link RaceConditionException} instead.
 *
 * <p><b>Retries and idempotency.</b> Every commit sends a client request token: the one given to
 * {@link #idempotencyToken(String)}, else one generated at the first commit and kept. Throttling,
 * transaction conflicts and server errors are retried by the {@link RetryPolicy} with that same
 * token, and DynamoDB applies a transaction with a given token at most once, so a retry after a
 * lost response never applies it twice. DynamoDB remembers a token for 10 minutes after the
 * request that used it; a commit repeated later with the same token is applied again, and the
 * same token with other actions within that window fails with the SDK's
 * {@code IdempotentParameterMismatchException}, thrown as is (not a {@link DynabindException}).
 * Calling {@link #commit()} again on the same transaction (after a timeout, say) is safe within
 * that window.
 *
 * <p><b>Batch context.</b> Inside a {@link BatchContext} a commit stores the items it put in the
 * context cache and forgets the items it updated or deleted (their state is read afresh); a failed
 * commit forgets every item it wrote. In strict mode a commit outside a context throws
 * {@link BatchContextRequiredException}.
 */
public final class Transaction {
  /** DynamoDB's cap on actions in one TransactWriteItems. */
  public static final int MAX_ACTIONS = 100;
  /** DynamoDB's cap on the total size of one transaction: 4 MB. */
  public static final long MAX_BYTES = 4L * 1024 * 1024;
  /** DynamoDB's cap on the length of a client request token. */
  private static final int MAX_TOKEN_LENGTH = 36;

  private final Dynabind db;
  private final TransactionPlan plan;
  private String token;

  Transaction(Dynabind db) {
    this(db, "transaction");
  }

  Transaction(Dynabind db, String noun) {
    this.db = Arguments.required(db, "db");
    this.plan = new TransactionPlan(noun);
  }

  /**
   * Adds an unconditional put of an item, replacing any item with its key; stamped and, on a
   * {@code @Version} table, version-checked as {@link Repository#save(Object)} does.
   *
   * @param repository the item's repository, made with this transaction's {@link Dynabind}'s client
   * @param item the item
   * @param <R> the record type
   * @return this transaction
   * @throws IllegalArgumentException when the action is refused (see the class description)
   */
  public <R> Transaction put(Repository<R, ?> repository, R item) {
    return putItem(repository, item, null);
  }

  /**
   * Adds a put that applies only when a condition on the stored item holds, as
   * {@link Repository#save(Object, Condition)} does.
   *
   * @param repository the item's repository
   * @param item the item
   * @param condition the condition on the item stored now
   * @param <R> the record type
   * @return this transaction
   * @throws IllegalArgumentException when the action is refused (see the class description)
   */
  public <R> Transaction put(Repository<R, ?> repository, R item, Condition condition) {
    return putItem(repository, item, Arguments.required(condition, "condition"));
  }

  /**
   * Adds an update of one item in place, as {@link Repository#update(Object, Update)} does
   * (a missing item is created, lifecycle attributes are stamped); a transaction returns no item.
   * Unlike {@code Repository.update}, which refuses a {@code @LockedBy} table, this is allowed
   * there: the transaction also advances the item's lock version (two DynamoDB actions), so a
   * lock read before the commit is stale after it.
   *
   * @param repository the item's repository
   * @param key the key
   * @param update the changes
   * @param <K> the key type
   * @return this transaction
   * @throws IllegalArgumentException when the action is refused (see the class description)
   */
  public <K> Transaction update(Repository<?, K> repository, K key, Update update) {
    return updateItem(repository, key, update, null);
  }

  /**
   * Adds an update that applies only when a condition on the stored item holds; otherwise as
   * {@link #update(Repository, Object, Update)}, on a {@code @LockedBy} table too.
   *
   * @param repository the item's repository
   * @param key the key
   * @param update the changes
   * @param condition the condition on the item stored now; {@link Condition#ifPresent()} keeps
   *     the update from creating a missing item
   * @param <K> the key type
   * @return this transaction
   * @throws IllegalArgumentException when the action is refused (see the class description)
   */
  public <K> Transaction update(Repository<?, K> repository, K key, Update update,
      Condition condition) {
    return updateItem(repository, key, update, Arguments.required(condition, "condition"));
  }

  /**
   * Adds a delete of one item; deleting an absent item is not an error.
   *
   * @param repository the item's repository
   * @param key the key
   * @param <K> the key type
   * @return this transaction
   * @throws IllegalArgumentException when the action is refused (see the class description)
   */
  public <K> Transaction delete(Repository<?, K> repository, K key) {
    return deleteItem(repository, key, null);
  }

  /**
   * Adds a delete that applies only when a condition on the stored item holds.
   *
   * @param repository the item's repository
   * @param key the key
   * @param condition the condition on the item stored now
   * @param <K> the key type
   * @return this transaction
   * @throws IllegalArgumentException when the action is refused (see the class description)
   */
  public <K> Transaction delete(Repository<?, K> repository, K key, Condition condition) {
    return deleteItem(repository, key, Arguments.required(condition, "condition"));
  }

  /**
   * Adds a condition on an item that the transaction does not change: the whole transaction
   * applies only when it holds.
   *
   * @param repository the item's repository
   * @param key the key
   * @param condition the condition on the item stored now
   * @param <K> the key type
   * @return this transaction
   * @throws IllegalArgumentException when the action is refused (see the class description)
   */
  public <K> Transaction check(Repository<?, K> repository, K key, Condition condition) {
    Condition c = Arguments.required(condition, "condition");
    return add(repository, "check", () -> {
      Map<String, AttributeValue> encoded = repository.recordKeys().encode(key);
      return new Prepared(List.of(encoded), List.of(TransactActions.check(repository.tableName(), encoded,
          WriteCondition.of(c, repository.codec().metadata()))), null, null, false);
    });
  }

  /**
   * Adds an atomic write of a {@code @LockedBy} item, as {@link LockedRepository#setAtomic} does:
   * the item and the next version of its lock, conditioned on {@code lock} still being current.
   * The new lock is what {@link LockedRepository#lock} reads after the commit.
   *
   * @param repository the item's repository
   * @param item the item to write
   * @param lock the item's current lock
   * @param <R> the record type
   * @param <K> the key type
   * @return this transaction
   * @throws IllegalArgumentException when the action is refused, or the lock belongs to another
   *     item
   * @throws RaceConditionException when the lock has already expired
   */
  public <R, K> Transaction setAtomic(LockedRepository<R, K> repository, R item, Lock<K> lock) {
    addAtomic(repository, item, lock);
    return this;
  }

  /**
   * Sets the client request token every attempt of {@link #commit()} sends. Give one derived from
   * the caller's own request id to make a repeated request (a client retrying after a timeout)
   * apply once; DynamoDB remembers a token for 10 minutes, and refuses a token reused with other
   * actions ({@code IdempotentParameterMismatchException}).
   *
   * @param token 1 to 36 characters
   * @return this transaction
   * @throws IllegalArgumentException when the token is null, empty or longer than 36 characters
   */
  public Transaction idempotencyToken(String token) {
    Arguments.required(token, "token");
    if (token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
      throw new IllegalArgumentException("an idempotency token has 1 to " + MAX_TOKEN_LENGTH
          + " characters, got " + token.length());
    }
    this.token = token;
    return this;
  }

  /**
   * The client request token commits send: the one given, else the one generated at the first
   * commit.
   *
   * @return the token, or empty before the first commit when none was given
   */
  public Optional<String> idempotencyToken() {
    return Optional.ofNullable(token);
  }

  /**
   * How many actions this transaction holds (a {@code setAtomic} counts as one, though DynamoDB
   * counts its lock write too).
   *
   * @return the count
   */
  public int size() {
    return plan.actions().size();
  }

  /**
   * Applies every action or none, in one TransactWriteItems; retries as the class description
   * says.
   *
   * @throws IllegalArgumentException when the transaction is empty; nothing sent
   * @throws TransactionCanceledException when DynamoDB canceled the transaction (a condition
   *     failed, or conflicts or throttling outlasted the retries); nothing was applied
   * @throws RaceConditionException when the lock of a {@code setAtomic} action was stale or has
   *     expired; nothing was applied
   * @throws BatchContextRequiredException in strict mode outside a batch context
   */
  public void commit() {
    List<TransactionAction> actions = plan.actions();
    if (actions.isEmpty()) {
      throw new IllegalArgumentException("a transaction needs at least one action");
    }
    BatchContext context = db.contextOrCheckStrict();
    plan.checkLocksLive(db.clock().instant());
    if (token == null) {
      token = UUID.randomUUID().toString();
    }
    try {
      db.pipeline().run(new TransactWriteOperation(plan.parts(), plan.renderedKeys(),
          canceled -> TransactionCanceledException.CANCELLATIONS.ofWrite(actions, canceled), token));
    } catch (RuntimeException | Error e) {
      if (context != null) {
        actions.forEach(TransactionAction::forget);
      }
      throw e;
    }
    if (context != null) {
      actions.forEach(TransactionAction::committed);
    }
  }

  /** Adds a {@code setAtomic} action and returns the lock that holds once it is committed. */
  <R, K> Lock<K> addAtomic(LockedRepository<R, K> repository, R item, Lock<K> lock) {
    Arguments.required(item, "item");
    Arguments.required(lock, "lock");
    List<Lock<K>> next = new ArrayList<>(1);
    add(repository, "setAtomic", () -> {
      AtomicAction<K> action = repository.prepareAtomic(item, lock);
      next.add(action.newLock());
      return new Prepared(List.of(action.id().key(), repository.lockKeyOf(action.id().key())),
          List.of(action.itemPut(), action.lockPut()), Optional.of(item), lock, true);
    });
    return next.get(0);
  }

  private <R> Transaction putItem(Repository<R, ?> repository, R item, Condition condition) {
    Arguments.required(item, "item");
    return add(repository, "put", () -> {
      R stamped = repository.codec().beforeWrite(item, db.writeStamp());
      Map<String, AttributeValue> encoded = repository.recordKeys().encodeItem(stamped);
      Map<String, AttributeValue> key = repository.recordKeys().keyOf(encoded);
      return locked(repository, key, TransactActions.put(PutItemOperation.save(
          repository.tableName(), repository.codec().metadata(), key, encoded, condition)
          .request()), Optional.of(stamped));
    });
  }

  private <K> Transaction updateItem(Repository<?, K> repository, K key, Update update,
      Condition condition) {
    Arguments.required(update, "update");
    return add(repository, "update", () -> {
      Map<String, AttributeValue> encoded = repository.recordKeys().encode(key);
      Update stamped = repository.lifecycleOf(update).stamped(db.writeStamp());
      return locked(repository, encoded, TransactActions.update(UpdateItemOperation
          .returningNew(repository.binding(), encoded, stamped, condition).request()), null);
    });
  }

  private <K> Transaction deleteItem(Repository<?, K> repository, K key, Condition condition) {
    return add(repository, "delete", () -> {
      Map<String, AttributeValue> encoded = repository.recordKeys().encode(key);
      return locked(repository, encoded, TransactActions.delete(new DeleteItemOperation(
          repository.tableName(), repository.codec().metadata(), encoded,
          WriteCondition.of(condition, repository.codec().metadata())).request()), null);
    });
  }

  /**
   * A write of a {@code @LockedBy} table also advances the item's lock, so a lock read before
   * this transaction is stale afterwards, as with the repository's own writes.
   */
  private static Prepared locked(Repository<?, ?> repository, Map<String, AttributeValue> key,
      TransactWriteItem write, Optional<?> stored) {
    if (repository instanceof LockedRepository<?, ?> locked) {
      return new Prepared(List.of(key, locked.lockKeyOf(key)),
          List.of(write, locked.lockBump(key)), stored, null, true);
    }
    return new Prepared(List.of(key), List.of(write), stored, null, true);
  }

  /**
   * Prepares an action and checks it against the actions already added; on any refusal the
   * transaction is left as it was. The table is named as the repository names it now.
   */
  private Transaction add(Repository<?, ?> repository, String kind, Supplier<Prepared> prepare) {
    Arguments.required(repository, "repository");
    String tableName = repository.tableName();
    if (repository.db().client() != db.client()) {
      throw new IllegalArgumentException(TransactionPlan.refused(plan.actions().size(), kind,
          tableName) + "its repository uses another DynamoDbClient; one transaction goes"
          + " through one client");
    }
    plan.add(tableName, repository.codec(), kind, prepare,
        repository.db().batchServices().contextOrCheckStrict());
    return this;
  }
}
