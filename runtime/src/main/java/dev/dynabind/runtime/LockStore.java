package dev.dynabind.runtime;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * The DynamoDB I/O of the lock items of one table: where they live, reading them consistently,
 * creating, refreshing and advancing them. Internal; {@link LockedRepository} is the public face.
 */
final class LockStore {
  private static final AttributeValue ZERO = AttributeValue.fromN("0");
  private static final AttributeValue ONE = AttributeValue.fromN("1");

  private final DynamoDbClient client;
  private final Clock clock;
  private final RetryPolicy retryPolicy;
  private final String tableName;
  private final LockSpec spec;
  private final KeyAttribute lockKeyAttribute;
  private final Map<String, String> names;

  LockStore(Dynabind db, String tableName, TableMetadata metadata) {
    this.client = db.client();
    this.clock = db.clock();
    this.retryPolicy = db.retryPolicy();
    this.tableName = tableName;
    this.spec = metadata.lock();
    this.lockKeyAttribute = metadata.sortKey() != null ? metadata.sortKey() : metadata.partitionKey();
    this.names = Map.of("#v", spec.versionAttribute(), "#ttl", spec.ttlAttribute());
  }

  /** What a consistent read found in a lock item. */
  record Stored(long version, long ttlSeconds) {
    Instant expiresAt() {
      return Instant.ofEpochSecond(ttlSeconds);
    }
  }

  Instant now() {
    return clock.instant();
  }

  /** The expiry of a lock written now, in the epoch seconds DynamoDB's TTL reads. */
  long newTtlSeconds() {
    return now().plus(spec.ttl()).getEpochSecond();
  }

  boolean isExpired(Instant expiresAt) {
    return !now().isBefore(expiresAt);
  }

  /** The key of the lock item of an item: the item's key with the suffix appended. */
  Map<String, AttributeValue> lockKey(Map<String, AttributeValue> itemKey) {
    Map<String, AttributeValue> key = new HashMap<>(itemKey);
    String name = lockKeyAttribute.attributeName();
    key.put(name, AttributeValue.fromS(itemKey.get(name).s() + spec.suffix()));
    return key;
  }

  /**
   * Reads the lock consistently; creates it when absent or expired, extends it when it is in its
   * last {@code refreshWithin}. A lost conditional write means someone else wrote the lock
   * meanwhile, so the loop reads again and, almost always, returns what the winner wrote.
   */
  Stored acquire(Map<String, AttributeValue> lockKey, String renderedKey) {
    int writes = 0;
    while (true) {
      Stored stored = read(lockKey);
      Instant now = now();
      boolean absentOrExpired = stored == null || !now.isBefore(stored.expiresAt());
      if (!absentOrExpired && now.isBefore(stored.expiresAt().minus(spec.refreshWithin()))) {
        return stored;
      }
      if (++writes > retryPolicy.maxAttempts()) {
        throw new RaceConditionException("Could not acquire the lock of " + renderedKey
            + " in table '" + tableName + "' after " + retryPolicy.maxAttempts()
            + " attempts: other writers kept changing it", List.of(), null);
      }
      long ttl = newTtlSeconds();
      if (absentOrExpired) {
        Stored created = stored == null ? new Stored(1, ttl) : new Stored(stored.version() + 1, ttl);
        if (create(lockKey, stored, created)) {
          return created;
        }
      } else if (refresh(lockKey, stored.version(), ttl)) {
        return new Stored(stored.version(), ttl);
      }
    }
  }

  Stored read(Map<String, AttributeValue> lockKey) {
    GetItemResponse response = client.getItem(b -> b.tableName(tableName).key(lockKey)
        .consistentRead(true));
    if (!response.hasItem() || response.item().isEmpty()) {
      return null;
    }
    Map<String, AttributeValue> item = response.item();
    AttributeValue version = item.get(spec.versionAttribute());
    AttributeValue ttl = item.get(spec.ttlAttribute());
    if (version == null || version.n() == null || ttl == null || ttl.n() == null) {
      // A lock item damaged by hand: treat it as expired version 0 so it is replaced.
      return new Stored(0, 0);
    }
    return new Stored(Long.parseLong(version.n()), Long.parseLong(ttl.n()));
  }

  /**
   * Creates a lock where there was none (attribute_not_exists) or replaces an expired one exactly
   * as it was read (same version and expiry), so of two creators only one succeeds.
   */
  private boolean create(Map<String, AttributeValue> lockKey, Stored expected, Stored created) {
    Map<String, AttributeValue> item = lockItem(lockKey, created.version(), created.ttlSeconds());
    try {
      client.putItem(b -> {
        b.tableName(tableName).item(item);
        if (expected == null) {
          b.conditionExpression("attribute_not_exists(#k)")
              .expressionAttributeNames(Map.of("#k", lockKeyAttribute.attributeName()));
        } else if (expected.version() == 0) {
          b.conditionExpression("attribute_not_exists(#v) OR attribute_not_exists(#ttl)")
              .expressionAttributeNames(names);
        } else {
          b.conditionExpression("#v = :v AND #ttl = :ttl").expressionAttributeNames(names)
              .expressionAttributeValues(Map.of(":v", number(expected.version()),
                  ":ttl", number(expected.ttlSeconds())));
        }
      });
      return true;
    } catch (ConditionalCheckFailedException lost) {
      return false;
    }
  }

  /** Extends the expiry unless the version changed or someone already extended it further. */
  private boolean refresh(Map<String, AttributeValue> lockKey, long version, long ttl) {
    try {
      client.updateItem(b -> b.tableName(tableName).key(lockKey)
          .updateExpression("SET #ttl = :ttl")
          .conditionExpression("#v = :v AND #ttl < :ttl")
          .expressionAttributeNames(names)
          .expressionAttributeValues(Map.of(":v", number(version), ":ttl", number(ttl))));
      return true;
    } catch (ConditionalCheckFailedException lost) {
      return false;
    }
  }

  /** The transaction action writing the next version of a lock, conditioned on the current one. */
  TransactWriteItem advance(Map<String, AttributeValue> lockKey, long version, long next, long ttl) {
    return TransactWriteItem.builder().put(p -> p.tableName(tableName)
        .item(lockItem(lockKey, next, ttl))
        .conditionExpression("#v = :v")
        .expressionAttributeNames(Map.of("#v", spec.versionAttribute()))
        .expressionAttributeValues(Map.of(":v", number(version)))).build();
  }

  /**
   * The transaction action that makes every outstanding lock of an item stale without reading it:
   * the version goes up by one (from 0 when there is no lock item) and the expiry is renewed.
   */
  TransactWriteItem bump(Map<String, AttributeValue> lockKey) {
    return TransactWriteItem.builder().update(u -> u.tableName(tableName).key(lockKey)
        .updateExpression("SET #v = if_not_exists(#v, :zero) + :one, #ttl = :ttl")
        .expressionAttributeNames(names)
        .expressionAttributeValues(Map.of(":zero", ZERO, ":one", ONE,
            ":ttl", number(newTtlSeconds())))).build();
  }

  /** A lock item's attributes, for size checks and writes. */
  Map<String, AttributeValue> lockItem(Map<String, AttributeValue> lockKey, long version, long ttl) {
    Map<String, AttributeValue> item = new HashMap<>(lockKey);
    item.put(spec.versionAttribute(), number(version));
    item.put(spec.ttlAttribute(), number(ttl));
    return item;
  }

  private static AttributeValue number(long value) {
    return AttributeValue.fromN(Long.toString(value));
  }
}
