package dev.dynabind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynabind.runtime.Dynabind;
import dev.dynabind.runtime.RetryPolicy;
import dev.dynabind.runtime.TransactGetResult;
import dev.dynabind.runtime.TransactionCanceledException;
import dev.dynabind.runtime.TransactionCanceledException.Reason;
import dev.dynabind.runtime.expression.Condition;
import dev.dynabind.runtime.expression.Update;
import dev.dynabind.testing.DynamoDbExtension;
import dev.dynabind.testing.TestClients;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.InternalServerErrorException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * Transactions across tables against DynamoDB Local: all or nothing, per-action reasons, exact
 * balances under concurrency, idempotent retries after a lost response, and transactional reads.
 */
@ExtendWith(DynamoDbExtension.class)
class TransactionTest {
  private final DynamoDbClient client;

  TransactionTest(DynamoDbClient client) {
    this.client = client;
  }

  private record Tables(Dynabind db, WalletRepository wallets, TransferRepository transfers,
      CounterRepository counters) {}

  private static Tables tables(DynamoDbClient client, RetryPolicy policy) {
    Dynabind db = Dynabind.builder().client(client).tableNamePrefix(TestClients.uniquePrefix())
        .requireBatchContext(false).retryPolicy(policy).build();
    Tables t = new Tables(db, new WalletRepository(db), new TransferRepository(db),
        new CounterRepository(db));
    t.wallets().createTable();
    t.transfers().createTable();
    t.counters().createTable();
    return t;
  }

  private Map<String, AttributeValue> raw(String table, String name, AttributeValue key) {
    return client.getItem(b -> b.tableName(table).key(Map.of(name, key)).consistentRead(true))
        .item();
  }

  @Test
  void aFailedConditionOnTheLastActionLeavesTheFirstThreeUnappliedAndNamesActionThree() {
    Tables t = tables(client, RetryPolicy.defaults());
    t.wallets().save(new Wallet("a", 100, "secret-note"));
    t.wallets().save(new Wallet("b", 5, "secret-note"));
    t.counters().save(new Counter(7L, 1));

    TransactionCanceledException e = assertThrows(TransactionCanceledException.class,
        () -> t.db().transaction()
            .put(t.transfers(), new Transfer("t1", "a", "b", 10), Condition.ifAbsent())
            .update(t.wallets(), "a", Update.of(WalletAttributes.balance.add(-10L)),
                WalletAttributes.balance.ge(10L))
            .update(t.counters(), 7L, Update.of(CounterAttributes.value.add(1)))
            .check(t.wallets(), "b", WalletAttributes.balance.ge(1_000L))
            .commit());

    assertTrue(raw(t.transfers().tableName(), "id", AttributeValue.fromS("t1")).isEmpty());
    assertEquals("100", raw(t.wallets().tableName(), "id", AttributeValue.fromS("a"))
        .get("balance").n());
    assertEquals("1", raw(t.counters().tableName(), "id", AttributeValue.fromN("7"))
        .get("value").n());

    assertEquals(4, e.actions().size());
    assertEquals(1, e.failedActions().size());
    TransactionCanceledException.Action failed = e.failedActions().get(0);
    assertEquals(3, failed.index());
    assertEquals(Reason.CONDITION_FAILED, failed.reason());
    assertEquals(t.wallets().tableName(), failed.tableName());
    assertEquals("{id=S:b}", failed.key());
    assertEquals(Optional.of(new Wallet("b", 5, "secret-note")), failed.item(t.wallets()));
    assertEquals(Reason.NONE, e.actions().get(0).reason());
    assertTrue(e.getMessage().contains("action 3"), e.getMessage());
    for (Throwable c = e; c != null; c = c.getCause()) {
      assertFalse(String.valueOf(c.getMessage()).contains("secret-note"), c.getMessage());
      if (c instanceof software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException
          sdk) {
        assertTrue(sdk.cancellationReasons().stream().noneMatch(r -> r.hasItem()),
            "the chained SDK exception carries no stored item");
      }
    }
  }

  @Test
  void concurrentTransfersBetweenFourAccountsKeepTheTotalExact() throws Exception {
    Tables t = tables(client, RetryPolicy.builder().maxAttempts(20)
        .baseDelay(Duration.ofMillis(2)).maxDelay(Duration.ofMillis(50)).build());
    for (int i = 0; i < 4; i++) {
      t.wallets().save(new Wallet("w" + i, 1_000, null));
    }
    AtomicInteger committed = new AtomicInteger();
    AtomicInteger canceled = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int thread = 0; thread < 8; thread++) {
        done.add(pool.submit(() -> {
          for (int n = 0; n < 50; n++) {
            int from = ThreadLocalRandom.current().nextInt(4);
            int to = (from + 1 + ThreadLocalRandom.current().nextInt(3)) % 4;
            long amount = 1 + ThreadLocalRandom.current().nextInt(20);
            try {
              t.db().transaction()
                  .update(t.wallets(), "w" + from,
                      Update.of(WalletAttributes.balance.add(-amount)),
                      WalletAttributes.balance.ge(amount))
                  .update(t.wallets(), "w" + to, Update.of(WalletAttributes.balance.add(amount)))
                  .commit();
              committed.incrementAndGet();
            } catch (TransactionCanceledException lost) {
              canceled.incrementAndGet();
            }
          }
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    long total = 0;
    for (int i = 0; i < 4; i++) {
      total += t.wallets().get("w" + i).orElseThrow().balance();
    }
    assertEquals(4_000, total);
    assertEquals(400, committed.get() + canceled.get());
    assertTrue(committed.get() > 0);
  }

  /** Loses the answer of the first TransactWriteItems after DynamoDB applied it: a 500 arrives. */
  private static final class LostFirstResponse implements ExecutionInterceptor {
    private static final ExecutionAttribute<Boolean> LOST = new ExecutionAttribute<>("lost");
    final List<String> tokens = new ArrayList<>();
    private final AtomicInteger answers = new AtomicInteger();

    @Override
    public void beforeTransmission(Context.BeforeTransmission context,
        ExecutionAttributes attributes) {
      if (context.request() instanceof TransactWriteItemsRequest request) {
        synchronized (tokens) {
          tokens.add(request.clientRequestToken());
        }
      }
    }

    /** The server applied the request; its answer is turned into a 500, as if it was lost. */
    @Override
    public SdkHttpResponse modifyHttpResponse(Context.ModifyHttpResponse context,
        ExecutionAttributes attributes) {
      if (context.request() instanceof TransactWriteItemsRequest
          && answers.incrementAndGet() == 1) {
        attributes.putAttribute(LOST, true);
        return context.httpResponse().toBuilder().statusCode(500).build();
      }
      return context.httpResponse();
    }

    @Override
    public Optional<InputStream> modifyHttpResponseContent(Context.ModifyHttpResponse context,
        ExecutionAttributes attributes) {
      if (Boolean.TRUE.equals(attributes.getAttribute(LOST))) {
        return Optional.of(new ByteArrayInputStream(("{\"__type\":\"com.amazonaws.dynamodb"
            + ".v20120810#InternalServerError\",\"message\":\"response lost\"}")
            .getBytes(StandardCharsets.UTF_8)));
      }
      return context.responseBody();
    }
  }

  @Test
  void aCommitRetriedWithTheSameTokenAfterALostResponseAppliesOnce() {
    LostFirstResponse lost = new LostFirstResponse();
    try (DynamoDbClient faulty = TestClients.client(lost)) {
      Tables t = tables(faulty, RetryPolicy.builder().maxAttempts(3)
          .baseDelay(Duration.ofMillis(1)).maxDelay(Duration.ofMillis(5)).build());
      t.wallets().save(new Wallet("a", 100, null));
      t.wallets().save(new Wallet("b", 0, null));

      t.db().transaction()
          .update(t.wallets(), "a", Update.of(WalletAttributes.balance.add(-30L)))
          .update(t.wallets(), "b", Update.of(WalletAttributes.balance.add(30L)))
          .commit();

      assertEquals(70, t.wallets().get("a").orElseThrow().balance());
      assertEquals(30, t.wallets().get("b").orElseThrow().balance());
      assertEquals(2, lost.tokens.size(), "the lost response was retried");
      assertEquals(lost.tokens.get(0), lost.tokens.get(1), "with the same token");
    }
  }

  @Test
  void aCallerRepeatingACommitWithTheSameTokenAppliesItOnce() {
    LostFirstResponse lost = new LostFirstResponse();
    try (DynamoDbClient faulty = TestClients.client(lost)) {
      Tables t = tables(faulty, RetryPolicy.builder().maxAttempts(1).build());
      t.wallets().save(new Wallet("a", 100, null));
      var transfer = t.db().transaction()
          .update(t.wallets(), "a", Update.of(WalletAttributes.balance.add(-30L)))
          .put(t.transfers(), new Transfer("t9", "a", "b", 30), Condition.ifAbsent())
          .idempotencyToken("transfer-t9");

      assertThrows(InternalServerErrorException.class, transfer::commit);
      transfer.commit();

      assertEquals(70, t.wallets().get("a").orElseThrow().balance(), "applied once");
      assertEquals(List.of("transfer-t9", "transfer-t9"), lost.tokens);
    }
  }

  @Test
  void transactGetReadsOneHundredKeysAcrossTwoTables() {
    Tables t = tables(client, RetryPolicy.defaults());
    for (int i = 0; i < 50; i += 2) {
      t.wallets().save(new Wallet("w" + i, i, null));
      t.counters().save(new Counter(i, i * 10));
    }
    var read = t.db().transactGet();
    for (int i = 0; i < 50; i++) {
      read.get(t.wallets(), "w" + i).get(t.counters(), (long) i);
    }
    TransactGetResult result = read.execute();

    assertEquals(100, result.size());
    for (int i = 0; i < 50; i++) {
      Optional<Wallet> wallet = result.get(t.wallets(), "w" + i);
      Optional<Counter> counter = result.get(t.counters(), (long) i);
      if (i % 2 == 0) {
        assertEquals(Optional.of(new Wallet("w" + i, i, null)), wallet);
        assertEquals(Optional.of(new Counter(i, i * 10)), counter);
      } else {
        assertTrue(wallet.isEmpty() && counter.isEmpty());
      }
    }
    assertThrows(IllegalArgumentException.class, () -> result.get(t.wallets(), "w50"));
  }
}
