package dev.dynabind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynabind.runtime.LockedTables.Counter;
import dev.dynabind.runtime.LockedTables.CounterRepository;
import dev.dynabind.runtime.internal.config.Sleeper;
import dev.dynabind.runtime.internal.op.FailFirst;
import dev.dynabind.testing.TestClients;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.InternalServerErrorException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

/**
 * Single requests through repositories are retried per the policy through the injected sleeper:
 * throttling always, server errors only where repeating the request is safe.
 */
class SingleRequestRetryTest {
  private static final RetryPolicy FIVE = RetryPolicy.builder().maxAttempts(5)
      .baseDelay(Duration.ofMillis(10)).maxDelay(Duration.ofMillis(40)).build();
  private static final String PREFIX = TestClients.uniquePrefix();
  private static final DynamoDbClient PLAIN = TestClients.client();

  static {
    Dynabind db = Dynabind.builder().client(PLAIN).tableNamePrefix(PREFIX).build();
    new ItemRepository(db).createTable();
    new LineRepository(db).createTable();
    new CounterRepository(db).createTable();
    new ItemRepository(db).save(new Item("stored", 1, "p"));
    new LineRepository(db).save(new Line("o-1", 1, "first"));
    new LineRepository(db).save(new Line("o-1", 2, "second"));
  }

  @AfterAll
  static void close() {
    PLAIN.close();
  }

  /** Runs {@code body} on a Dynabind whose client carries {@code fault}. */
  private static void with(ExecutionInterceptor fault, Sleeper sleeper,
      Consumer<Dynabind> body) {
    try (DynamoDbClient client = TestClients.client(fault)) {
      body.accept(Dynabind.builder().client(client).tableNamePrefix(PREFIX).retryPolicy(FIVE)
          .sleeper(sleeper).build());
    }
  }

  private static void assertPolicyDelays(List<Duration> delays, int retries) {
    assertEquals(retries, delays.size(), "one wait before each retry: " + delays);
    for (int retry = 1; retry <= retries; retry++) {
      long bound = Math.min(40, 10L << (retry - 1));
      assertTrue(delays.get(retry - 1).toMillis() <= bound, delays.toString());
    }
  }

  @Test
  void aThrottledGetIsRetriedPerThePolicyThroughTheInjectedSleeperAndSucceeds() {
    FailFirst throttle = FailFirst.throttling(GetItemRequest.class, 3);
    List<Duration> delays = new ArrayList<>();
    with(throttle, new RecordingSleeper(delays), db ->
        assertEquals(1, new ItemRepository(db).get("stored").orElseThrow().n()));
    assertEquals(4, throttle.requests());
    assertPolicyDelays(delays, 3);
  }

  @Test
  void aThrottledSaveIsRetriedAndWritten() {
    FailFirst throttle = FailFirst.throttling(PutItemRequest.class, 2);
    List<Duration> delays = new ArrayList<>();
    with(throttle, new RecordingSleeper(delays), db ->
        new ItemRepository(db).save(new Item("saved", 7, "p")));
    assertEquals(3, throttle.requests());
    assertPolicyDelays(delays, 2);
    assertEquals(7, new ItemRepository(Dynabind.builder().client(PLAIN).tableNamePrefix(PREFIX)
        .build()).get("saved").orElseThrow().n());
  }

  @Test
  void aThrottledQueryPageIsRetriedAndTheQueryReadsEveryItem() {
    FailFirst throttle = FailFirst.throttling(QueryRequest.class, 2);
    List<Duration> delays = new ArrayList<>();
    with(throttle, new RecordingSleeper(delays), db -> assertEquals(List.of("first", "second"),
        new LineRepository(db).query("o-1").map(Line::sku).toList()));
    assertEquals(3, throttle.requests());
    assertPolicyDelays(delays, 2);
  }

  @Test
  void aThrottledTransactionIsRetriedButAServerErrorOnItIsNot() {
    FailFirst throttle = FailFirst.throttling(TransactWriteItemsRequest.class, 2);
    List<Duration> delays = new ArrayList<>();
    with(throttle, new RecordingSleeper(delays), db ->
        new CounterRepository(db).save(new Counter("throttled", 3)));
    assertEquals(3, throttle.requests());
    assertPolicyDelays(delays, 2);

    FailFirst serverError = FailFirst.serverError(TransactWriteItemsRequest.class, 1);
    List<Duration> none = new ArrayList<>();
    with(serverError, new RecordingSleeper(none), db -> assertThrows(
        InternalServerErrorException.class,
        () -> new CounterRepository(db).save(new Counter("failed", 3))));
    assertEquals(1, serverError.requests(), "a transaction may have been applied: not repeated");
    assertEquals(List.of(), none);
  }

  @Test
  void aServerErrorOnAnUnconditionalSaveIsRetried() {
    FailFirst serverError = FailFirst.serverError(PutItemRequest.class, 1);
    List<Duration> delays = new ArrayList<>();
    with(serverError, new RecordingSleeper(delays), db ->
        new ItemRepository(db).save(new Item("again", 2, "p")));
    assertEquals(2, serverError.requests());
    assertPolicyDelays(delays, 1);
  }

  @Test
  void anInterruptDuringTheBackoffOfAGetKeepsTheFlagAndSaysSo() {
    Sleeper interrupted = new Sleeper() {
      @Override
      public boolean sleep(Duration delay, CountDownLatch stop) throws InterruptedException {
        throw new InterruptedException();
      }

      @Override
      public long nanoTime() {
        return System.nanoTime();
      }
    };
    FailFirst throttle = FailFirst.throttling(GetItemRequest.class, 1);
    with(throttle, interrupted, db -> {
      ItemRepository items = new ItemRepository(db);
      DynabindException e = assertThrows(DynabindException.class, () -> items.get("stored"));
      assertTrue(Thread.interrupted(), "the interrupt flag is kept");
      assertInstanceOf(InterruptedException.class, e.getCause());
      assertTrue(e.getMessage().contains("interrupted")
          && e.getMessage().contains(items.tableName()), e.getMessage());
      assertFalse(e instanceof TableNotFoundException);
    });
    assertEquals(1, throttle.requests());
  }
}
