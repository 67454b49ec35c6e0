package dev.dynabind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynabind.runtime.Dynabind;
import dev.dynabind.runtime.RetryPolicy;
import dev.dynabind.testing.DynamoDbExtension;
import dev.dynabind.testing.FaultInjector;
import dev.dynabind.testing.LocalDynamoDb;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test written as a user of {@code dynabind-test} would write it (the README's "Testing an
 * application" shows the same shape): the extension hands over a {@link LocalDynamoDb}, the
 * repositories use its client and its table prefix, and only public API is used.
 */
@ExtendWith(DynamoDbExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UserStyleDynamoDbTest {
  private final LocalDynamoDb dynamo;
  private final CounterRepository counters;

  UserStyleDynamoDbTest(LocalDynamoDb dynamo) {
    this.dynamo = dynamo;
    Dynabind db = Dynabind.builder()
        .client(dynamo.client())
        .tableNamePrefix(dynamo.tablePrefix())
        .build();
    counters = new CounterRepository(db);
  }

  @BeforeAll
  void createTables() {
    counters.createTable();
  }

  @Test
  void savedItemsAreReadBackWithOneRequestEach() {
    counters.save(new Counter(1L, 10));
    dynamo.requests().reset();

    assertEquals(Optional.of(new Counter(1L, 10)), counters.get(1L));
    assertEquals(1, dynamo.requests().count("GetItem"));
  }

  @Test
  void batchSaveWritesEveryItemWhenDynamoDbThrottlesAndHoldsItemsBack() {
    FaultInjector faults = FaultInjector.random(7, 0.3, 0.2);
    Dynabind unreliable = Dynabind.builder()
        .client(dynamo.client(faults))
        .tableNamePrefix(dynamo.tablePrefix())
        .retryPolicy(RetryPolicy.builder().maxAttempts(30)
            .baseDelay(Duration.ofMillis(1)).maxDelay(Duration.ofMillis(5)).build())
        .build();
    List<Counter> items = IntStream.range(100, 160).mapToObj(i -> new Counter((long) i, i)).toList();

    new CounterRepository(unreliable).batchSave(items);

    assertTrue(faults.heldBack() + faults.throttledRequests() > 0, "faults were injected");
    assertEquals(items, counters.batchGet(LongStream.range(100, 160).boxed().toList()));
  }
}
