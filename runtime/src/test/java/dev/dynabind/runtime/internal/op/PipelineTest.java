package dev.dynabind.runtime.internal.op;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynabind.runtime.ConditionFailedException;
import dev.dynabind.runtime.DynabindException;
import dev.dynabind.runtime.RetryPolicy;
import dev.dynabind.runtime.TableNotFoundException;
import dev.dynabind.runtime.internal.config.Sleeper;
import dev.dynabind.runtime.spi.KeyAttribute;
import dev.dynabind.runtime.spi.TableMetadata;
import dev.dynabind.testing.TestClients;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.InternalServerErrorException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** The pipeline against DynamoDB Local, with faults injected by SDK interceptors. */
class PipelineTest {
  private static final RetryPolicy FOUR = RetryPolicy.builder().maxAttempts(4)
      .baseDelay(Duration.ofMillis(10)).maxDelay(Duration.ofMillis(40)).build();
  private static final TableMetadata METADATA = new TableMetadata("pipe",
      new KeyAttribute("pk", "pk", ScalarAttributeType.S),
      new KeyAttribute("sk", "sk", ScalarAttributeType.N), null);
  private static final DynamoDbClient PLAIN = TestClients.client();
  private static final String TABLE = TestClients.uniquePrefix() + "pipe";

  @BeforeAll
  static void createTable() {
    PLAIN.createTable(b -> b.tableName(TABLE).billingMode(BillingMode.PAY_PER_REQUEST)
        .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH),
            k -> k.attributeName("sk").keyType(KeyType.RANGE))
        .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
            a -> a.attributeName("sk").attributeType(ScalarAttributeType.N)));
    PLAIN.waiter().waitUntilTableExists(b -> b.tableName(TABLE));
    for (int i = 0; i < 5; i++) {
      Map<String, AttributeValue> item = key("paged", i);
      PLAIN.putItem(b -> b.tableName(TABLE).item(item));
    }
  }

  @AfterAll
  static void close() {
    PLAIN.close();
  }

  private static AttributeValue s(String v) {
    return AttributeValue.fromS(v);
  }

  private static AttributeValue n(int v) {
    return AttributeValue.fromN(Integer.toString(v));
  }

  private static Map<String, AttributeValue> key(String pk, int sk) {
    return Map.of("pk", s(pk), "sk", n(sk));
  }

  /** Records every wait instead of waiting. */
  private static final class Recording implements Sleeper {
    final List<Duration> delays = new ArrayList<>();

    @Override
    public synchronized boolean sleep(Duration delay, CountDownLatch stop) {
      delays.add(delay);
      return false;
    }

    @Override
    public long nanoTime() {
      return System.nanoTime();
    }
  }

  private static GetItemOperation<Map<String, AttributeValue>> get(String table,
      Map<String, AttributeValue> key) {
    return GetItemOperation.consistentRaw(table, METADATA, key, item -> item);
  }

  @Test
  void aMissingTableBecomesTableNotFoundNamingItAndSuggestingCreateTable() {
    try (DynamoDbClient client = TestClients.client()) {
      Pipeline pipeline = new Pipeline(client, FOUR, new Recording());
      TableNotFoundException e = assertThrows(TableNotFoundException.class,
          () -> pipeline.run(get("dev_absent", key("a", 1))));
      assertEquals("dev_absent", e.tableName());
      assertTrue(e.getMessage().contains("'dev_absent'") && e.getMessage().contains("createTable()"),
          e.getMessage());
      assertInstanceOf(
          software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException.class,
          e.getCause());
    }
  }

  @Test
  void throttlingIsRetriedPerThePolicyThroughTheSleeperAndSucceeds() {
    FailFirst throttle = FailFirst.throttling(GetItemRequest.class, 3);
    Recording sleeper = new Recording();
    try (DynamoDbClient client = TestClients.client(throttle)) {
      Pipeline pipeline = new Pipeline(client, FOUR, sleeper);
      assertTrue(pipeline.run(get(TABLE, key("paged", 2))).isPresent());
    }
    assertEquals(4, throttle.requests());
    assertEquals(3, sleeper.delays.size());
    for (int retry = 1; retry <= 3; retry++) {
      long bound = Math.min(40, 10L << (retry - 1));
      assertTrue(sleeper.delays.get(retry - 1).toMillis() <= bound, sleeper.delays.toString());
    }
  }

  @Test
  void throttlingOnEveryAttemptEndsWithTheServicesErrorAfterMaxAttempts() {
    FailFirst throttle = FailFirst.throttling(GetItemRequest.class, 100);
    Recording sleeper = new Recording();
    try (DynamoDbClient client = TestClients.client(throttle)) {
      Pipeline pipeline = new Pipeline(client, FOUR, sleeper);
      assertThrows(ProvisionedThroughputExceededException.class,
          () -> pipeline.run(get(TABLE, key("paged", 2))));
    }
    assertEquals(4, throttle.requests());
    assertEquals(3, sleeper.delays.size());
  }

  @Test
  void aServerErrorIsRetriedForAReadButNotForAConditionalWrite() {
    FailFirst getErrors = FailFirst.serverError(GetItemRequest.class, 1);
    FailFirst putErrors = FailFirst.serverError(PutItemRequest.class, 1);
    Recording sleeper = new Recording();
    try (DynamoDbClient client = TestClients.client(getErrors, putErrors)) {
      Pipeline pipeline = new Pipeline(client, FOUR, sleeper);
      assertTrue(pipeline.run(get(TABLE, key("paged", 1))).isPresent());
      assertThrows(InternalServerErrorException.class, () -> pipeline.run(new PutItemOperation(
          TABLE, METADATA, key("c", 1), key("c", 1),
          new WriteCondition("attribute_not_exists(#k)", Map.of("#k", "pk"), Map.of(), false))));
    }
    assertEquals(2, getErrors.requests());
    assertEquals(1, putErrors.requests(), "a conditional write may have been applied");
    assertEquals(1, sleeper.delays.size());
  }

  @Test
  void aFailedUserConditionThrowsConditionFailedNamingTableAndKey() {
    Pipeline pipeline = new Pipeline(PLAIN, FOUR, new Recording());
    WriteCondition absent =
        new WriteCondition("attribute_not_exists(#k)", Map.of("#k", "pk"), Map.of(), false);
    ConditionFailedException e = assertThrows(ConditionFailedException.class,
        () -> pipeline.run(new PutItemOperation(TABLE, METADATA, key("paged", 3),
            Map.of("pk", s("paged"), "sk", n(3), "secret", s("do-not-leak")), absent)));
    assertEquals(TABLE, e.tableName());
    assertTrue(e.getMessage().contains(TABLE) && e.getMessage().contains("paged"), e.getMessage());
    assertFalse(e.getMessage().contains("do-not-leak"), e.getMessage());
  }

  @Test
  void aLostConditionThatIsAnAnswerReturnsFalse() {
    Pipeline pipeline = new Pipeline(PLAIN, FOUR, new Recording());
    WriteCondition absent =
        new WriteCondition("attribute_not_exists(#k)", Map.of("#k", "pk"), Map.of(), true);
    assertFalse(pipeline.run(
        new PutItemOperation(TABLE, METADATA, key("paged", 4), key("paged", 4), absent)));
    assertTrue(pipeline.run(
        new DeleteItemOperation(TABLE, METADATA, key("fresh", 1), null)));
  }

  @Test
  void queryPagesAreFetchedLazilyAndEachThrottledPageIsRetried() {
    FailFirst throttle = FailFirst.throttling(QueryRequest.class, 1);
    List<Integer> pagesSent = new ArrayList<>();
    ExecutionInterceptor pages = new ExecutionInterceptor() {
      @Override
      public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        pagesSent.add(1);
      }
    };
    Recording sleeper = new Recording();
    QueryRequest query = QueryRequest.builder().tableName(TABLE).limit(2)
        .keyConditionExpression("#pk = :pk").expressionAttributeNames(Map.of("#pk", "pk"))
        .expressionAttributeValues(Map.of(":pk", s("paged"))).build();
    try (DynamoDbClient client = TestClients.client(throttle, pages)) {
      Pipeline pipeline = new Pipeline(client, FOUR, sleeper);
      Iterator<Map<String, AttributeValue>> items = QueryPages.items(pipeline, query).iterator();
      assertEquals(0, pagesSent.size(), "nothing is sent before the stream is consumed");
      items.next();
      assertEquals(1, pagesSent.size(), "only the first page");
      List<String> sortKeys = new ArrayList<>();
      items.forEachRemaining(item -> sortKeys.add(item.get("sk").n()));
      assertEquals(List.of("1", "2", "3", "4"), sortKeys);
    }
    assertEquals(1, sleeper.delays.size());
  }

  @Test
  void aTransactionCancelledOnlyForThrottlingIsRetriedButOtherCancellationsAreTranslated() {
    List<Integer> attempts = new ArrayList<>();
    ExecutionInterceptor throttledOnce = new ExecutionInterceptor() {
      @Override
      public void beforeTransmission(Context.BeforeTransmission context,
          ExecutionAttributes attributes) {
        if (context.request() instanceof TransactWriteItemsRequest) {
          attempts.add(1);
          if (attempts.size() == 1) {
            throw TransactionCanceledException.builder().statusCode(400)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("TransactionCanceledException")
                    .serviceName("DynamoDb").errorMessage("injected").build())
                .message("injected").cancellationReasons(
                    CancellationReason.builder().code("ThrottlingError").build(),
                    CancellationReason.builder().code("None").build()).build();
          }
        }
      }
    };
    Recording sleeper = new Recording();
    RuntimeException lost = new DynabindException("lost");
    try (DynamoDbClient client = TestClients.client(throttledOnce)) {
      Pipeline pipeline = new Pipeline(client, FOUR, sleeper);
      pipeline.run(new TransactWriteOperation(List.of(
          TransactWriteItem.builder().put(p -> p.tableName(TABLE).item(key("tx", 1))).build(),
          TransactWriteItem.builder().put(p -> p.tableName(TABLE).item(key("tx", 2))).build()),
          "{pk=S:tx}", canceled -> lost));
      assertEquals(2, attempts.size());
      assertEquals(1, sleeper.delays.size());
      TransactWriteOperation conflicting = new TransactWriteOperation(List.of(
          TransactWriteItem.builder().put(p -> p.tableName(TABLE).item(key("tx", 3))
              .conditionExpression("attribute_exists(pk)")).build()),
          "{pk=S:tx}", canceled -> lost);
      assertSame(lost, assertThrows(DynabindException.class, () -> pipeline.run(conflicting)));
    }
  }

  @Test
  void anInterruptDuringTheBackoffKeepsTheFlagAndSaysWhatWasRetried() {
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
    try (DynamoDbClient client = TestClients.client(throttle)) {
      Pipeline pipeline = new Pipeline(client, FOUR, interrupted);
      DynabindException e = assertThrows(DynabindException.class,
          () -> pipeline.run(get(TABLE, key("paged", 1))));
      assertTrue(Thread.interrupted(), "the interrupt flag is kept");
      assertInstanceOf(InterruptedException.class, e.getCause());
      assertTrue(e.getMessage().contains("interrupted") && e.getMessage().contains(TABLE),
          e.getMessage());
    }
    assertEquals(1, throttle.requests(), "nothing more was sent");
  }
}
