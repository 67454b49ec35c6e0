package dev.dynabind.runtime;

import dev.dynabind.testing.RequestCounter;
import dev.dynabind.testing.TestClients;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * One test's world: a client with a request counter (and any fault injector) in front of the
 * shared DynamoDB, a Dynabind with fast retries, fresh tables, and the events it reported.
 */
final class BatchFixture implements AutoCloseable {
  static final RetryPolicy FAST = RetryPolicy.builder().maxAttempts(30)
      .baseDelay(Duration.ofMillis(1)).maxDelay(Duration.ofMillis(5)).build();

  final RequestCounter counter = new RequestCounter();
  final List<BatchEvent> events = new CopyOnWriteArrayList<>();
  final DynamoDbClient client;
  final Dynabind db;
  final ItemRepository items;
  final LineRepository lines;

  BatchFixture(ExecutionInterceptor... faults) {
    this(b -> {}, faults);
  }

  BatchFixture(Consumer<Dynabind.Builder> configure, ExecutionInterceptor... faults) {
    List<ExecutionInterceptor> interceptors = new ArrayList<>(List.of(faults));
    interceptors.add(counter); // last, so it counts only what is really transmitted
    client = TestClients.client(interceptors.toArray(ExecutionInterceptor[]::new));
    Dynabind.Builder builder = Dynabind.builder().client(client)
        .tableNamePrefix(TestClients.uniquePrefix()).retryPolicy(FAST).listener(events::add);
    configure.accept(builder);
    db = builder.build();
    items = new ItemRepository(db);
    lines = new LineRepository(db);
    items.createTable();
    lines.createTable();
    counter.reset();
  }

  static List<Item> items(int count) {
    return IntStream.range(0, count).mapToObj(i -> new Item("id-" + i, i, "p" + i)).toList();
  }

  static List<String> ids(int count) {
    return IntStream.range(0, count).mapToObj(i -> "id-" + i).toList();
  }

  /** Counts a table's items with a Scan of Select COUNT, through a client without faults. */
  int count(Repository<?, ?> repository) {
    try (DynamoDbClient plain = TestClients.client()) {
      return plain.scanPaginator(b -> b.tableName(repository.tableName()).select(Select.COUNT))
          .stream().mapToInt(page -> page.count()).sum();
    }
  }

  /** The ids stored in a table of {@link Item}s, read by a Scan through a client without faults. */
  java.util.Set<String> storedIds(ItemRepository repository) {
    try (DynamoDbClient plain = TestClients.client()) {
      return plain.scanPaginator(b -> b.tableName(repository.tableName())).items().stream()
          .map(item -> item.get("id").s()).collect(java.util.stream.Collectors.toSet());
    }
  }

  @Override
  public void close() {
    client.close();
  }
}
