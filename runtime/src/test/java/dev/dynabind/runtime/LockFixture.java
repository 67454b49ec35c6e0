package dev.dynabind.runtime;

import dev.dynabind.runtime.LockedTables.AccountRepository;
import dev.dynabind.runtime.LockedTables.CounterRepository;
import dev.dynabind.testing.ErrorCounter;
import dev.dynabind.testing.MutableClock;
import dev.dynabind.testing.TestClients;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Fresh tables under a unique prefix, a movable clock, and raw access for assertions. */
final class LockFixture implements AutoCloseable {
  static final Instant START = Instant.parse("2030-01-01T00:00:00Z");

  final ErrorCounter errors = new ErrorCounter();
  final DynamoDbClient client = TestClients.client(errors);
  final MutableClock clock = new MutableClock(START);
  final String prefix = TestClients.uniquePrefix();
  final Dynabind db;
  final AccountRepository accounts;
  final CounterRepository counters;

  LockFixture() {
    this(RetryPolicy.builder().maxAttempts(5).baseDelay(Duration.ofMillis(1))
        .maxDelay(Duration.ofMillis(5)).build());
  }

  LockFixture(RetryPolicy policy) {
    db = Dynabind.builder().client(client).tableNamePrefix(prefix)
        .clock(clock).retryPolicy(policy).build();
    accounts = new AccountRepository(db);
    counters = new CounterRepository(db);
    accounts.createTable();
    counters.createTable();
  }

  /** The stored attributes of an account row (or its lock row, with the suffix), read raw. */
  Map<String, AttributeValue> rawAccount(String owner, String name) {
    return client.getItem(b -> b.tableName(accounts.tableName()).consistentRead(true)
        .key(Map.of("owner", AttributeValue.fromS(owner), "name", AttributeValue.fromS(name))))
        .item();
  }

  Map<String, AttributeValue> rawCounter(String id) {
    return client.getItem(b -> b.tableName(counters.tableName()).consistentRead(true)
        .key(Map.of("id", AttributeValue.fromS(id)))).item();
  }

  int accountRows() {
    return client.scan(b -> b.tableName(accounts.tableName()).consistentRead(true)).count();
  }

  /** Another application instance on the same tables, with a client and clock of its own. */
  Dynabind otherInstance(DynamoDbClient otherClient, Clock otherClock) {
    return Dynabind.builder().client(otherClient).tableNamePrefix(prefix).clock(otherClock)
        .retryPolicy(db.retryPolicy()).build();
  }

  /** Deletes the lock item of an account as DynamoDB's TTL would. */
  void deleteAccountLock(String owner, String name) {
    client.deleteItem(b -> b.tableName(accounts.tableName()).key(Map.of(
        "owner", AttributeValue.fromS(owner), "name", AttributeValue.fromS(name + "#lock"))));
  }

  @Override
  public void close() {
    client.close();
  }
}
