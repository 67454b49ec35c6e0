package dev.dynabind.bench.context;

import dev.dynabind.bench.LocalClient;
import dev.dynabind.bench.model.Customer;
import dev.dynabind.bench.model.CustomerRepository;
import dev.dynabind.bench.model.Fixtures;
import dev.dynabind.bench.report.Json;
import dev.dynabind.bench.report.Smoke;
import dev.dynabind.bench.report.Stats;
import dev.dynabind.runtime.BatchContext;
import dev.dynabind.runtime.Dynabind;
import dev.dynabind.testing.DynamoDbServer;
import dev.dynabind.testing.RequestCounter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Batch context: one handler issuing 500 concurrent {@code getAsync} reads of distinct keys, with
 * and without {@link BatchContext}; requests sent and wall time (median of several rounds, each in
 * a fresh context). Writes {@code results/batchcontext.json} (argument 0 overrides the path).
 */
public final class BatchContextBenchmark {

  private BatchContextBenchmark() {}

  /**
   * Runs the benchmark.
   *
   * @param args optional output path
   * @throws Exception when a read fails
   */
  public static void main(String[] args) throws Exception {
    Path out = Path.of(args.length > 0 ? args[0] : "benchmarks/results/batchcontext.json");
    int reads = Smoke.size(500, 50);
    int rounds = Smoke.size(7, 1);
    RequestCounter counter = new RequestCounter();
    Map<String, Object> result = new LinkedHashMap<>();
    try (DynamoDbClient client = LocalClient.create(DynamoDbServer.shared().endpoint(), counter)) {
      Dynabind db = Dynabind.builder().client(client).tableNamePrefix("ctx_").build();
      CustomerRepository repository = new CustomerRepository(db);
      repository.createTable();
      repository.batchSave(Fixtures.customers(reads));
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < reads; i++) {
        ids.add(Fixtures.id(i));
      }
      handler(repository, ids); // warm-up, both paths
      BatchContext.call(() -> handler(repository, ids));
      result.put("benchmark", "batchcontext");
      result.put("concurrentReads", reads);
      result.put("rounds", rounds);
      result.put("batchWindowMs", db.batchWindow().toMillis());
      result.put("javaVersion", System.getProperty("java.version"));
      result.put("cores", Runtime.getRuntime().availableProcessors());
      result.put("withoutContext", measure("without context", rounds, counter,
          () -> handler(repository, ids)));
      result.put("withContext", measure("with context", rounds, counter,
          () -> BatchContext.call(() -> handler(repository, ids))));
    }
    Json.write(out, result);
    System.out.println("wrote " + out);
    System.exit(0); // DynamoDB Local leaves a non-daemon thread behind
  }

  /** What a request handler does: start every read, then wait for all of them. */
  private static int handler(CustomerRepository repository, List<String> ids) {
    List<CompletableFuture<Optional<Customer>>> reads = new ArrayList<>(ids.size());
    for (String id : ids) {
      reads.add(repository.getAsync(id));
    }
    int found = 0;
    for (CompletableFuture<Optional<Customer>> read : reads) {
      found += read.join().isPresent() ? 1 : 0;
    }
    if (found != ids.size()) {
      throw new IllegalStateException("found " + found + " of " + ids.size());
    }
    return found;
  }

  private static Map<String, Object> measure(String label, int rounds, RequestCounter counter,
      java.util.concurrent.Callable<Integer> work) throws Exception {
    double[] millis = new double[rounds];
    Map<String, Integer> requests = Map.of();
    for (int i = 0; i < rounds; i++) {
      counter.reset();
      long start = System.nanoTime();
      work.call();
      millis[i] = (System.nanoTime() - start) / 1e6;
      requests = counter.snapshot();
    }
    double median = Stats.median(millis);
    Arrays.sort(millis);
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("wallMsMedian", median);
    run.put("wallMsMin", millis[0]);
    run.put("wallMsMax", millis[rounds - 1]);
    run.put("requestsPerRound", requests);
    System.out.printf("%-16s median %7.1f ms  requests %s%n", label, median, requests);
    return run;
  }
}
