package dev.dynabind.bench.throughput;

import dev.dynabind.bench.model.Customer;
import dev.dynabind.bench.model.CustomerBean;
import dev.dynabind.bench.model.CustomerRepository;
import dev.dynabind.bench.model.Fixtures;
import dev.dynabind.runtime.Dynabind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * One timed write-then-read pass of each client on a table that exists: Dynabind's
 * {@code batchSave}/{@code batchGet} and the Enhanced Client used carefully ({@link EnhancedLoad}).
 * The fixtures are built before the clock starts.
 */
public final class Sides {
  /** The fixed pools of {@code -Dbench.fixedPool=true}, by concurrency. */
  private static final Map<Integer, Executor> POOLS = new ConcurrentHashMap<>();

  private final DynamoDbClient client;
  private final PassTimer timer;

  /**
   * Binds the client under test and the timer watching it.
   *
   * @param client the SDK client, with the timer's interceptors
   * @param timer times each pass
   */
  public Sides(DynamoDbClient client, PassTimer timer) {
    this.client = client;
    this.timer = timer;
  }

  /**
   * Dynabind at a concurrency. With {@code -Dbench.fixedPool=true} it runs on a fixed pool of
   * {@code concurrency} daemon threads (one pool per concurrency, kept across passes) instead of
   * its default executor, to compare its scheduling with the hand-written client's fixed pool.
   *
   * @param prefix the table name prefix of the pass's table
   * @param count items
   * @param concurrency parallel chunk requests per call
   * @return the pass
   */
  public Measurement dynabind(String prefix, int count, int concurrency) {
    Dynabind.Builder builder = Dynabind.builder().client(client).tableNamePrefix(prefix)
        .concurrency(concurrency);
    if (Boolean.getBoolean("bench.fixedPool")) {
      builder.executor(POOLS.computeIfAbsent(concurrency,
          n -> Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r);
            t.setDaemon(true);
            return t;
          })));
    }
    Dynabind db = builder.build();
    CustomerRepository repository = new CustomerRepository(db);
    List<Customer> items = Fixtures.customers(count);
    List<String> ids = Fixtures.ids(count);
    return timer.measure("dynabind", concurrency, count, () -> repository.batchSave(items),
        () -> repository.batchGet(ids).size());
  }

  /**
   * The Enhanced Client, one request at a time.
   *
   * @param prefix the table name prefix of the pass's table
   * @param count items
   * @return the pass
   */
  public Measurement enhanced(String prefix, int count) {
    DynamoDbEnhancedClient enhancedClient =
        DynamoDbEnhancedClient.builder().dynamoDbClient(client).build();
    EnhancedLoad load = new EnhancedLoad(enhancedClient,
        enhancedClient.table(prefix + "customers", TableSchema.fromBean(CustomerBean.class)));
    List<CustomerBean> beans = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      beans.add(Fixtures.bean(i));
    }
    List<String> ids = Fixtures.ids(count);
    return timer.measure("enhanced", 1, count, () -> load.writeAll(beans),
        () -> load.readAll(ids).size());
  }

  /**
   * Creates the pass's table.
   *
   * @param prefix the table name prefix
   */
  public void createTable(String prefix) {
    new CustomerRepository(Dynabind.builder().client(client).tableNamePrefix(prefix).build())
        .createTable();
  }

  /**
   * Drops the pass's table.
   *
   * @param prefix the table name prefix
   */
  public void dropTable(String prefix) {
    client.deleteTable(r -> r.tableName(prefix + "customers"));
  }
}
