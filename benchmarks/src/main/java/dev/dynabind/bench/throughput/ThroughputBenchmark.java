package dev.dynabind.bench.throughput;

import dev.dynabind.bench.LocalClient;
import dev.dynabind.bench.report.Json;
import dev.dynabind.bench.report.Smoke;
import dev.dynabind.testing.DynamoDbServer;
import dev.dynabind.testing.RequestCounter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Throughput: N items written then read by key against embedded DynamoDB Local, by Dynabind's
 * {@code batchSave}/{@code batchGet} at concurrency 1, 4 and 8 and by the Enhanced Client in
 * sequence ({@link EnhancedLoad}). Each pass gets a fresh table; both sides get an unmeasured
 * warm-up first; the configurations run forward, then backward. Writes {@code results/throughput.json} (argument 0 overrides the path).
 */
public final class ThroughputBenchmark {
  /** 0 is the Enhanced Client; other values are Dynabind's concurrency. */
  private static final List<Integer> CONFIGURATIONS = List.of(0, 1, 4, 8);


  private final Sides sides;
  private int tables;

  private ThroughputBenchmark(DynamoDbClient client, RequestCounter counter,
      TransmissionTimer wire) {
    this.sides = new Sides(client, new PassTimer(counter, wire));
  }

  /**
   * Runs the benchmark.
   *
   * @param args optional output path
   */
  public static void main(String[] args) {
    Path out = Path.of(args.length > 0 ? args[0] : "benchmarks/results/throughput.json");
    int items = Smoke.size(20_000, 100);
    int passCount = Integer.getInteger("throughput.passes", Smoke.size(2, 1));
    List<Integer> configurations = configurations();
    RequestCounter counter = new RequestCounter();
    TransmissionTimer wire = new TransmissionTimer();
    try (DynamoDbClient client =
        LocalClient.create(DynamoDbServer.shared().endpoint(), counter, wire)) {
      ThroughputBenchmark benchmark = new ThroughputBenchmark(client, counter, wire);
      // Every configuration warms up once: concurrency 1 runs chunks on the calling thread, a
      // path that a warm-up at concurrency 4 leaves cold.
      int warmup = Math.min(items, 2_000);
      for (int configuration : configurations) {
        benchmark.run(configuration, warmup);
      }
      // Forward then backward (ABBA), so neither a growing server nor a warming JVM favours
      // whichever configuration runs first.
      Map<Integer, List<Measurement>> passes = new LinkedHashMap<>();
      List<Integer> order = new ArrayList<>(configurations);
      for (int pass = 0; pass < passCount; pass++) {
        for (int configuration : order) {
          Measurement m = benchmark.run(configuration, items);
          System.out.println(m.line());
          passes.computeIfAbsent(configuration, k -> new ArrayList<>()).add(m);
        }
        Collections.reverse(order);
      }
      List<Object> runs = new ArrayList<>();
      double enhanced = (double) Measurement.combine(passes.get(0)).get("itemsPerSecond");
      for (List<Measurement> each : passes.values()) {
        Map<String, Object> run = Measurement.combine(each);
        if (!each.get(0).client().equals("enhanced")) {
          run.put("ratioToEnhanced", (double) run.get("itemsPerSecond") / enhanced);
        }
        runs.add(run);
      }
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("benchmark", "throughput");
      result.put("items", items);
      result.put("passesPerConfiguration", passCount);
      result.put("server", DynamoDbServer.shared().kind());
      result.put("javaVersion", System.getProperty("java.version"));
      result.put("cores", Runtime.getRuntime().availableProcessors());
      result.put("runs", runs);
      Json.write(out, result);
      System.out.println("wrote " + out);
    }
    System.exit(0); // DynamoDB Local leaves a non-daemon thread behind
  }

  /**
   * {@link #CONFIGURATIONS}, or the comma-separated list in {@code -Dthroughput.configurations}
   * (0 for the Enhanced Client), for a focused rerun such as {@code 0,1} with more passes.
   */
  private static List<Integer> configurations() {
    String chosen = System.getProperty("throughput.configurations");
    if (chosen == null) {
      return CONFIGURATIONS;
    }
    List<Integer> out = new ArrayList<>();
    for (String each : chosen.split(",")) {
      out.add(Integer.parseInt(each.trim()));
    }
    if (!out.contains(0)) {
      throw new IllegalArgumentException("throughput.configurations must include 0, the baseline");
    }
    return out;
  }

  /**
   * One pass on a fresh table, dropped afterwards: with every pass's items left in the in-memory
   * server, later passes ran slower, which ABBA ordering only partly evens out.
   */
  private Measurement run(int configuration, int count) {
    String prefix = "tp" + (++tables) + "_";
    sides.createTable(prefix);
    Measurement m = configuration == 0 ? sides.enhanced(prefix, count)
        : sides.dynabind(prefix, count, configuration);
    sides.dropTable(prefix);
    System.gc(); // each pass starts from the same heap, not the previous pass's garbage
    return m;
  }
}
