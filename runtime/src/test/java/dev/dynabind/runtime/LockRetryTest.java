package dev.dynabind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynabind.runtime.LockedTables.AccountKey;
import dev.dynabind.runtime.LockedTables.AccountRepository;
import dev.dynabind.runtime.LockedTables.Counter;
import dev.dynabind.runtime.LockedTables.CounterRepository;
import dev.dynabind.runtime.internal.config.Sleeper;
import dev.dynabind.testing.TestClients;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/** Issue 10 item 13: lock creation and updateAtomic wait as the retry policy says, injected. */
class LockRetryTest {
  private static final RetryPolicy THREE = RetryPolicy.builder().maxAttempts(3)
      .baseDelay(Duration.ofMillis(10)).maxDelay(Duration.ofMillis(40)).build();
  private static final LockFixture FIX = new LockFixture(THREE);

  @AfterAll
  static void close() {
    FIX.close();
  }

  private static Dynabind instance(DynamoDbClient client, Sleeper sleeper) {
    return Dynabind.builder().client(client).tableNamePrefix(FIX.prefix).clock(FIX.clock)
        .retryPolicy(THREE).sleeper(sleeper).build();
  }

  private static void assertPolicyDelays(List<Duration> delays, int retries) {
    assertEquals(retries, delays.size(), "one wait before each retry: " + delays);
    for (int retry = 1; retry <= retries; retry++) {
      Duration bound = THREE.baseDelay().multipliedBy(1L << (retry - 1));
      bound = bound.compareTo(THREE.maxDelay()) > 0 ? THREE.maxDelay() : bound;
      Duration delay = delays.get(retry - 1);
      assertTrue(!delay.isNegative() && delay.compareTo(bound) <= 0,
          "retry " + retry + " waited " + delay + ", beyond " + bound);
    }
  }

  @Test
  void updateAtomicWaitsThePolicysDelayThroughTheInjectedSleeperBeforeEachRetry() {
    List<Duration> delays = new ArrayList<>();
    CounterRepository counters = new CounterRepository(instance(FIX.client,
        new RecordingSleeper(delays)));
    // Every change is overtaken by a plain save of the same item, so every attempt loses.
    assertThrows(RaceConditionException.class, () -> counters.updateAtomic("waits", c -> {
      counters.save(new Counter("waits", -1));
      return new Counter("waits", 100);
    }));
    assertPolicyDelays(delays, 2);
  }

  @Test
  void lockRetriesALostCreationAfterThePolicysDelayThroughTheInjectedSleeper() {
    AtomicInteger overtaken = new AtomicInteger();
    // Before each attempt to replace the lock, another writer replaces it first: a real
    // conditional write against the server loses every time.
    ExecutionInterceptor competitor = new ExecutionInterceptor() {
      @Override
      public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        if (context.request() instanceof PutItemRequest put
            && put.item().get("name").s().equals("contested#lock")) {
          overtaken.incrementAndGet();
          FIX.client.putItem(b -> b.tableName(put.tableName()).item(expiredLock()));
        }
      }
    };
    List<Duration> delays = new ArrayList<>();
    try (DynamoDbClient client = TestClients.client(competitor)) {
      AccountRepository accounts = new AccountRepository(instance(client,
          new RecordingSleeper(delays)));
      assertThrows(RaceConditionException.class,
          () -> accounts.lock(new AccountKey("jon", "contested")));
    }
    assertEquals(3, overtaken.get(), "as many writes as the policy's attempts");
    assertPolicyDelays(delays, 2);
  }

  @Test
  void anInterruptWhileWaitingToRetryKeepsTheFlagAndSaysSo() {
    Sleeper interrupted = new Sleeper() {
      @Override
      public boolean sleep(Duration delay, CountDownLatch stop) throws InterruptedException {
        Thread.currentThread().interrupt();
        throw new InterruptedException();
      }

      @Override
      public long nanoTime() {
        return System.nanoTime();
      }
    };
    CounterRepository counters = new CounterRepository(instance(FIX.client, interrupted));
    DynabindException error = assertThrows(DynabindException.class,
        () -> counters.updateAtomic("interrupted", c -> {
          counters.save(new Counter("interrupted", -1));
          return new Counter("interrupted", 100);
        }));
    assertTrue(Thread.interrupted(), "the interrupt flag is kept");
    assertFalse(error instanceof RaceConditionException);
    assertInstanceOf(InterruptedException.class, error.getCause());
    assertTrue(error.getMessage().contains("interrupted"), error.getMessage());
    assertEquals(-1, FIX.counters.get("interrupted").orElseThrow().value());
  }

  private static Map<String, AttributeValue> expiredLock() {
    return Map.of("owner", AttributeValue.fromS("jon"),
        "name", AttributeValue.fromS("contested#lock"),
        "version", AttributeValue.fromN("1"),
        "ttl", AttributeValue.fromN(Long.toString(LockFixture.START.minus(Duration.ofDays(1))
            .getEpochSecond())),
        "lifetime", AttributeValue.fromS(UUID.randomUUID().toString()));
  }
}
