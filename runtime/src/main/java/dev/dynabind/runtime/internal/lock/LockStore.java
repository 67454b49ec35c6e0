package dev.dynabind.runtime.internal.lock;

import dev.dynabind.runtime.DynabindException;
import dev.dynabind.runtime.Lock;
import dev.dynabind.runtime.RaceConditionException;
import dev.dynabind.runtime.RetryPolicy;
import dev.dynabind.runtime.internal.op.GetItemOperation;
import dev.dynabind.runtime.internal.op.Pipeline;
import dev.dynabind.runtime.internal.op.PutItemOperation;
import dev.dynabind.runtime.internal.op.UpdateItemOperation;
import dev.dynabind.runtime.internal.op.WriteCondition;
import dev.dynabind.runtime.spi.KeyAttribute;
import dev.dynabind.runtime.spi.LockSpec;
import dev.dynabind.runtime.spi.TableMetadata;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * The DynamoDB I/O of the lock items of one table: where they live, reading them consistently,
 * creating, refreshing and advancing them. Internal; {@code LockedRepository} is the public face.
 * Every request takes the table name the repository has at the call (prefix included).
 *
 * <p>Every write that could change a lock is conditioned on the lifetime id and version it read,
 * never on the local clock alone: a version can only be matched within the life of the lock item
 * it was read from, and a skewed clock can at most make a client give up early.
 */
public final class LockStore {
  private static final AttributeValue ZERO = AttributeValue.fromN("0");
  private static final AttributeValue ONE = AttributeValue.fromN("1");
  private static final AttributeValue STRING_TYPE = AttributeValue.fromS("S");
  /** The runtime's one logger name, so users configure one. */
  private static final System.Logger LOG = System.getLogger("dev.dynabind.runtime");

  private final Pipeline pipeline;
  private final Clock clock;
  private final RetryPolicy retryPolicy;
  private final TableMetadata metadata;
  private final LockSpec spec;
  private final KeyAttribute lockKeyAttribute;

  /**
   * The lock items of a table.
   *
   * @param pipeline runs the lock requests
   * @param clock tells lock expiry
   * @param retryPolicy how often a lost race is retried, and the waits between
   * @param tableName the table, for the message of a refusal only
   * @param metadata the table's metadata, with its {@link LockSpec}
   * @throws IllegalArgumentException when a key attribute is also a lock attribute
   */
  public LockStore(Pipeline pipeline, Clock clock, RetryPolicy retryPolicy, String tableName,
      TableMetadata metadata) {
    this.pipeline = pipeline;
    this.clock = clock;
    this.retryPolicy = retryPolicy;
    this.metadata = metadata;
    this.spec = metadata.lock();
    this.lockKeyAttribute = metadata.sortKey() != null ? metadata.sortKey() : metadata.partitionKey();
    for (KeyAttribute key : metadata.sortKey() == null
        ? List.of(metadata.partitionKey()) : List.of(metadata.partitionKey(), metadata.sortKey())) {
      String name = key.attributeName();
      if (name.equals(spec.versionAttribute()) || name.equals(spec.ttlAttribute())
          || name.equals(spec.lifetimeAttribute())) {
        throw new IllegalArgumentException("key attribute '" + name + "' of table '" + tableName
            + "' is also an attribute of its lock items; choose other lock attribute names");
      }
    }
  }

  /**
   * What a consistent read found in a lock item. {@code lifetime} is null for a lock item written
   * before lifetimes existed; {@code version} is 0 for one damaged by hand.
   */
  public record Stored(long version, long ttlSeconds, String lifetime) {
    /**
     * The expiry, to the second.
     *
     * @return the expiry
     */
    public Instant expiresAt() {
      return Instant.ofEpochSecond(ttlSeconds);
    }
  }

  /**
   * Now, by the entry point's clock.
   *
   * @return the instant
   */
  public Instant now() {
    return clock.instant();
  }

  /**
   * The expiry of a lock written now, in the epoch seconds DynamoDB's TTL reads.
   *
   * @return the expiry
   */
  public long newTtlSeconds() {
    return now().plus(spec.ttl()).getEpochSecond();
  }

  /**
   * Whether a lock of this expiry has expired by the clock.
   *
   * @param expiresAt the lock's expiry
   * @return true when expired
   */
  public boolean isExpired(Instant expiresAt) {
    return !now().isBefore(expiresAt);
  }

  /**
   * The key of the lock item of an item: the item's key with the suffix appended.
   *
   * @param itemKey the item's key
   * @return the lock item's key
   */
  public Map<String, AttributeValue> lockKey(Map<String, AttributeValue> itemKey) {
    Map<String, AttributeValue> key = new HashMap<>(itemKey);
    String name = lockKeyAttribute.attributeName();
    key.put(name, AttributeValue.fromS(itemKey.get(name).s() + spec.suffix()));
    return key;
  }

  /**
   * Reads the lock consistently and returns it while it is live. In its last
   * {@code refreshWithin}, and until {@code toleratedSkew} after its expiry, its expiry is
   * extended (same lifetime, same version): a client whose clock runs ahead by less than the skew
   * thus never replaces a lock its holder still sees as live. Only a lock that is absent, expired
   * by more than the skew, damaged or without a lifetime is replaced, with a new lifetime id. A
   * lost conditional write means someone else wrote the lock meanwhile, so the loop backs off as
   * the retry policy says and reads again.
   *
   * @param tableName the table, prefix included
   * @param lockKey the lock item's key
   * @param renderedKey the item's key for messages
   * @return the live lock
   * @throws RaceConditionException when other writers changed the lock on every attempt
   */
  public Stored acquire(String tableName, Map<String, AttributeValue> lockKey,
      String renderedKey) {
    for (int attempt = 1; ; attempt++) {
      Stored stored = read(tableName, lockKey);
      Instant now = now();
      boolean replace = stored == null || stored.lifetime() == null
          || !now.isBefore(stored.expiresAt().plus(spec.toleratedSkew()));
      if (!replace && now.isBefore(stored.expiresAt().minus(spec.refreshWithin()))) {
        return stored;
      }
      long ttl = newTtlSeconds();
      if (replace) {
        Stored created = new Stored(stored == null ? 1 : stored.version() + 1, ttl,
            UUID.randomUUID().toString());
        if (create(tableName, lockKey, stored, created)) {
          if (stored != null) {
            // Worth an operator's eye: writes made with the old lock now fail as stale.
            LOG.log(System.Logger.Level.INFO, "the lock of {0} in table ''{1}'' was expired or"
                + " damaged and was recreated with a new lifetime (version {2})", renderedKey,
                tableName, created.version());
          }
          return created;
        }
      } else if (refresh(tableName, lockKey, stored, ttl)) {
        return new Stored(stored.version(), ttl, stored.lifetime());
      }
      if (attempt >= retryPolicy.maxAttempts()) {
        throw new RaceConditionException("Could not acquire the lock of " + renderedKey
            + " in table '" + tableName + "' after " + retryPolicy.maxAttempts()
            + " attempts: other writers kept changing it", List.of(), null);
      }
      backoff(attempt, "the lock of " + renderedKey + " in table '" + tableName + "'");
    }
  }

  /**
   * Waits the retry policy's delay before retry number {@code retry} (from 1) with the injected
   * sleeper, as every other retry loop does.
   *
   * @param retry the retry, from 1
   * @param what what is retried, for the message
   * @throws DynabindException when interrupted; the thread's interrupt flag is set again
   */
  public void backoff(int retry, String what) {
    pipeline.waitBeforeRetry(retry, what);
  }

  private Stored read(String tableName, Map<String, AttributeValue> lockKey) {
    return pipeline.run(GetItemOperation.consistentRaw(tableName, metadata, lockKey, this::parse))
        .orElse(null);
  }

  private Stored parse(Map<String, AttributeValue> item) {
    AttributeValue version = item.get(spec.versionAttribute());
    AttributeValue ttl = item.get(spec.ttlAttribute());
    AttributeValue lifetime = item.get(spec.lifetimeAttribute());
    if (version == null || version.n() == null || ttl == null || ttl.n() == null) {
      // A lock item damaged by hand: version 0 marks it for replacement.
      return new Stored(0, 0, null);
    }
    return new Stored(Long.parseLong(version.n()), Long.parseLong(ttl.n()),
        lifetime == null ? null : lifetime.s());
  }

  /**
   * Creates a lock where there was none (attribute_not_exists) or replaces one exactly as it was
   * read (same lifetime, version and expiry), so of two creators only one succeeds.
   */
  private boolean create(String tableName, Map<String, AttributeValue> lockKey, Stored expected,
      Stored created) {
    Map<String, AttributeValue> item =
        lockItem(lockKey, created.version(), created.ttlSeconds(), created.lifetime());
    Map<String, String> names = new HashMap<>();
    Map<String, AttributeValue> values = new HashMap<>();
    String condition;
    if (expected == null) {
      condition = "attribute_not_exists(#k)";
      names.put("#k", lockKeyAttribute.attributeName());
    } else if (expected.version() == 0) {
      condition = "attribute_not_exists(#v) OR attribute_not_exists(#ttl)";
      names.put("#v", spec.versionAttribute());
      names.put("#ttl", spec.ttlAttribute());
    } else {
      condition = "#v = :v AND #ttl = :ttl AND " + (expected.lifetime() == null
          ? "NOT attribute_type(#life, :string)" : "#life = :life");
      names.put("#v", spec.versionAttribute());
      names.put("#ttl", spec.ttlAttribute());
      names.put("#life", spec.lifetimeAttribute());
      values.put(":v", number(expected.version()));
      values.put(":ttl", number(expected.ttlSeconds()));
      values.put(expected.lifetime() == null ? ":string" : ":life",
          expected.lifetime() == null ? STRING_TYPE : AttributeValue.fromS(expected.lifetime()));
    }
    // A lost condition is an answer here (someone else wrote the lock), not an error.
    return pipeline.run(new PutItemOperation(tableName, metadata, lockKey, item,
        new WriteCondition(condition, names, values, true)));
  }

  /** Extends the expiry unless the lock changed or someone already extended it further. */
  private boolean refresh(String tableName, Map<String, AttributeValue> lockKey, Stored stored,
      long ttl) {
    return pipeline.run(UpdateItemOperation.conditional(tableName, metadata, lockKey,
        "SET #ttl = :ttl",
        new WriteCondition("#life = :life AND #v = :v AND #ttl < :ttl",
            Map.of("#v", spec.versionAttribute(), "#ttl", spec.ttlAttribute(),
                "#life", spec.lifetimeAttribute()),
            Map.of(":v", number(stored.version()), ":ttl", number(ttl),
                ":life", AttributeValue.fromS(stored.lifetime())), true)));
  }

  /**
   * The transaction action writing the next version of a lock, conditioned on the lifetime and
   * version of {@code lock}; the lifetime carries over.
   *
   * @param tableName the table, prefix included
   * @param lockKey the lock item's key
   * @param lock the lock the write is conditioned on
   * @param next the next version
   * @param ttl the new expiry, in epoch seconds
   * @return the action
   */
  public TransactWriteItem advance(String tableName, Map<String, AttributeValue> lockKey,
      Lock<?> lock, long next, long ttl) {
    return TransactWriteItem.builder().put(p -> p.tableName(tableName)
        .item(lockItem(lockKey, next, ttl, lock.lifetimeId()))
        .conditionExpression("#life = :life AND #v = :v")
        .expressionAttributeNames(Map.of("#v", spec.versionAttribute(),
            "#life", spec.lifetimeAttribute()))
        .expressionAttributeValues(Map.of(":v", number(lock.version()),
            ":life", AttributeValue.fromS(lock.lifetimeId())))).build();
  }

  /**
   * The transaction action that makes every outstanding lock of an item stale without reading it:
   * the version goes up by one and the expiry is renewed. An absent lock item is created at
   * version 1 with a new lifetime, so no lock of an earlier life can match it.
   *
   * @param tableName the table, prefix included
   * @param lockKey the lock item's key
   * @return the action
   */
  public TransactWriteItem bump(String tableName, Map<String, AttributeValue> lockKey) {
    return TransactWriteItem.builder().update(u -> u.tableName(tableName).key(lockKey)
        .updateExpression("SET #v = if_not_exists(#v, :zero) + :one, #ttl = :ttl,"
            + " #life = if_not_exists(#life, :life)")
        .expressionAttributeNames(Map.of("#v", spec.versionAttribute(),
            "#ttl", spec.ttlAttribute(), "#life", spec.lifetimeAttribute()))
        .expressionAttributeValues(Map.of(":zero", ZERO, ":one", ONE,
            ":ttl", number(newTtlSeconds()),
            ":life", AttributeValue.fromS(UUID.randomUUID().toString())))).build();
  }

  /**
   * A lock item's attributes, for size checks and writes.
   *
   * @param lockKey the lock item's key
   * @param version its version
   * @param ttl its expiry, in epoch seconds
   * @param lifetime its lifetime id
   * @return the attributes
   */
  public Map<String, AttributeValue> lockItem(Map<String, AttributeValue> lockKey, long version, long ttl,
      String lifetime) {
    Map<String, AttributeValue> item = new HashMap<>(lockKey);
    item.put(spec.versionAttribute(), number(version));
    item.put(spec.ttlAttribute(), number(ttl));
    item.put(spec.lifetimeAttribute(), AttributeValue.fromS(lifetime));
    return item;
  }

  private static AttributeValue number(long value) {
    return AttributeValue.fromN(Long.toString(value));
  }
}
