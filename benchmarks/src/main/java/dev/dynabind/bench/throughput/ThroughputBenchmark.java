package dev.dynabind.bench.throughput;

import dev.dynabind.bench.LocalClient;
import dev.dynabind.bench.model.Customer;
import dev.dynabind.bench.model.CustomerBean;
import dev.dynabind.bench.model.CustomerRepository;
import dev.dynabind.bench.model.Fixtures;
import dev.dynabind.bench.report.Json;
import dev.dynabind.bench.report.Smoke;
import dev.dynabind.runtime.Dynabind;
import dev.dynabind.testing.DynamoDbServer;
import dev.dynabind.testing.RequestCounter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Throughput: N items written then read by key against embedded DynamoDB Local, by Dynabind's
 * {@code batchSave}/{@code batchGet} at concurrency 1, 4 and 8 and by the Enhanced Client in
 * sequence ({@link EnhancedLoad}). Each run gets a fresh table; both sides get an unmeasured
 * warm-up first. Writes {@code results/throughput.json} (argument 0 overrides the path).
 */
public final class ThroughputBenchmark {
  private static final int[] CONCURRENCY = {1, 4, 8};

  private final DynamoDbClient client;
  private final RequestCounter counter;
  private int tables;

  private ThroughputBenchmark(DynamoDbClient client, RequestCounter counter) {
    this.client = client;
    this.counter = counter;
  }

  /**
   * Runs the benchmark.
   *
   * @param args optional output path
   */
  public static void main(String[] args) {
    Path out = Path.of(args.length > 0 ? args[0] : "benchmarks/results/throughput.json");
    int items = Smoke.size(20_000, 100);
    RequestCounter counter = new RequestCounter();
    try (DynamoDbClient client = LocalClient.create(DynamoDbServer.shared().endpoint(), counter)) {
      ThroughputBenchmark benchmark = new ThroughputBenchmark(client, counter);
      int warmup = Math.min(items, 2_000);
      benchmark.enhanced(warmup);
      benchmark.dynabind(warmup, 4);
      List<Object> runs = new ArrayList<>();
      Map<String, Object> enhanced = benchmark.enhanced(items);
      runs.add(enhanced);
      for (int concurrency : CONCURRENCY) {
        Map<String, Object> run = benchmark.dynabind(items, concurrency);
        run.put("ratioToEnhanced", (double) run.get("itemsPerSecond")
            / (double) enhanced.get("itemsPerSecond"));
        runs.add(run);
      }
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("benchmark", "throughput");
      result.put("items", items);
      result.put("server", DynamoDbServer.shared().kind());
      result.put("javaVersion", System.getProperty("java.version"));
      result.put("cores", Runtime.getRuntime().availableProcessors());
      result.put("runs", runs);
      Json.write(out, result);
      System.out.println("wrote " + out);
    }
    System.exit(0); // DynamoDB Local leaves a non-daemon thread behind
  }

  private Map<String, Object> dynabind(int count, int concurrency) {
    Dynabind db = Dynabind.builder().client(client).tableNamePrefix(freshPrefix())
        .concurrency(concurrency).build();
    CustomerRepository repository = new CustomerRepository(db);
    repository.createTable();
    List<Customer> items = Fixtures.customers(count);
    List<String> ids = ids(count);
    counter.reset();
    long start = System.nanoTime();
    repository.batchSave(items);
    long written = System.nanoTime();
    int writeRequests = counter.total();
    counter.reset();
    int read = repository.batchGet(ids).size();
    long done = System.nanoTime();
    return report("dynabind", concurrency, count, read, start, written, done, writeRequests,
        counter.total());
  }

  private Map<String, Object> enhanced(int count) {
    String prefix = freshPrefix();
    new CustomerRepository(Dynabind.builder().client(client).tableNamePrefix(prefix).build())
        .createTable();
    DynamoDbEnhancedClient enhancedClient =
        DynamoDbEnhancedClient.builder().dynamoDbClient(client).build();
    EnhancedLoad load = new EnhancedLoad(enhancedClient,
        enhancedClient.table(prefix + "customers", TableSchema.fromBean(CustomerBean.class)));
    List<CustomerBean> beans = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      beans.add(Fixtures.bean(i));
    }
    List<String> ids = ids(count);
    counter.reset();
    long start = System.nanoTime();
    load.writeAll(beans);
    long written = System.nanoTime();
    int writeRequests = counter.total();
    counter.reset();
    int read = load.readAll(ids).size();
    long done = System.nanoTime();
    return report("enhanced", 1, count, read, start, written, done, writeRequests, counter.total());
  }

  private static Map<String, Object> report(String client, int concurrency, int count, int read,
      long start, long written, long done, int writeRequests, int readRequests) {
    if (read != count) {
      throw new IllegalStateException(client + " read " + read + " of " + count + " items");
    }
    double writeSeconds = (written - start) / 1e9;
    double readSeconds = (done - written) / 1e9;
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("client", client);
    run.put("concurrency", concurrency);
    run.put("writeSeconds", writeSeconds);
    run.put("readSeconds", readSeconds);
    run.put("writeItemsPerSecond", count / writeSeconds);
    run.put("readItemsPerSecond", count / readSeconds);
    run.put("itemsPerSecond", 2.0 * count / (writeSeconds + readSeconds));
    run.put("writeRequests", writeRequests);
    run.put("readRequests", readRequests);
    System.out.printf("%-8s c=%d  write %7.0f items/s (%d requests)  read %7.0f items/s"
        + " (%d requests)  write+read %7.0f items/s%n", client, concurrency, count / writeSeconds,
        writeRequests, count / readSeconds, readRequests, 2.0 * count / (writeSeconds + readSeconds));
    return run;
  }

  private String freshPrefix() {
    return "tp" + (++tables) + "_";
  }

  private static List<String> ids(int count) {
    List<String> ids = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      ids.add(Fixtures.id(i));
    }
    return ids;
  }
}
