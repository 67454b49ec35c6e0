package dev.dynabind.bench.remote;

import dev.dynabind.bench.LocalClient;
import dev.dynabind.bench.model.Fixtures;
import dev.dynabind.bench.report.Json;
import dev.dynabind.bench.report.Smoke;
import dev.dynabind.bench.throughput.Measurement;
import dev.dynabind.bench.throughput.PassTimer;
import dev.dynabind.bench.throughput.Sides;
import dev.dynabind.bench.throughput.TransmissionTimer;
import dev.dynabind.testing.RequestCounter;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Write-then-read passes against DynamoDB Local in a JVM of its own ({@link ServerProcess}), so
 * that what this JVM measures is the client alone. Two modes (argument 0):
 *
 * <ul>
 *   <li>{@code cpu}: straight to the server; the figure is this JVM's CPU time per 1,000 items,
 *       for Dynabind at each concurrency, the Enhanced Client ({@code EnhancedLoad}) and the
 *       hand-written floor ({@link HandWrittenLoad}, sequential and on a pool of n threads).
 *   <li>{@code latency}: every client through a {@link DelayProxy} adding L ms per request
 *       (L = 4, 10, 25 by default): items per second, the ratio to the Enhanced Client, and the
 *       fraction of the latency limit: with c requests in flight, writing and reading n items
 *       cannot take less than (ceil(n/25) + ceil(n/100)) × L / c.
 * </ul>
 *
 * <p>First every configuration runs unmeasured warm-up passes straight to the server
 * ({@code -Dremote.warmUpRounds}, default 5 rounds over all configurations, of
 * {@code -Dremote.warmUpItems}, default 5,000 items, each printing the JIT's compile time):
 * with one pass of 2,000 items the JIT was still compiling during the measured passes, on the
 * order of half of the client's CPU time per pass, and the CPU figures moved with it. Warm-up
 * alone does not get there at the JVM's default thresholds: after three rounds a 12-pass
 * latency run still measured the JIT compiling 50-230 ms in most of Dynabind's passes at c = 8
 * (about 10 ms in the hand-written client's), with the pass's CPU and items/s moving with it,
 * and a 12-pass CPU run 1,000-1,700 ms per pass until the ninth. So {@code run-all.sh} runs this
 * class with {@code -XX:CompileThresholdScaling=0.1} (methods reach the optimizing compiler
 * after a tenth of the usual calls, for every client alike), and the results record the JVM's
 * arguments and the JIT time of each configuration. Then each
 * configuration runs {@code passes} times, forward then backward (ABBA), each on a fresh table.
 * Argument 1 is the output file. Properties: {@code -Dremote.clients=dynabind:8,handwritten:8}
 * runs only those (add {@code enhanced:1} for the ratios), {@code -Dremote.items},
 * {@code -Dremote.passes}, {@code -Dremote.latencies=25}, and {@code -Dremote.timeline=true}
 * to print each measured pass's request schedule and CPU by thread ({@link Timeline}).
 */
public final class RemoteBenchmark {
  private static final List<Integer> CONCURRENCY = List.of(1, 4, 8, 16);

  private final RequestCounter counter = new RequestCounter();
  private final TransmissionTimer wire = new TransmissionTimer();
  /** Prints each measured pass's schedule with {@code -Dremote.timeline}. */
  private final Timeline timeline = Boolean.getBoolean("remote.timeline") ? new Timeline() : null;
  private int tables;
  private long[] lastMarks;

  private RemoteBenchmark() {}

  /** One client at one concurrency. */
  record Config(String client, int concurrency) {
    static Config parse(String text) {
      String[] parts = text.trim().split(":");
      return new Config(parts[0], Integer.parseInt(parts[1]));
    }

    String label() {
      return client + ":" + concurrency;
    }
  }

  /**
   * Runs one mode.
   *
   * @param args {@code cpu} or {@code latency}, then the output path
   */
  public static void main(String[] args) {
    String mode = args.length > 0 ? args[0] : "cpu";
    boolean latency = switch (mode) {
      case "cpu" -> false;
      case "latency" -> true;
      default -> throw new IllegalArgumentException("mode is cpu or latency, not " + mode);
    };
    Path out = Path.of(args.length > 1 ? args[1]
        : "benchmarks/results/" + (latency ? "latency.json" : "remote.json"));
    int items = Integer.getInteger("remote.items", latency ? Smoke.size(2_000, 100)
        : Smoke.size(20_000, 100));
    int passes = Integer.getInteger("remote.passes", Smoke.size(4, 1));
    List<Double> latencies = latency ? doubles(System.getProperty("remote.latencies",
        Smoke.on() ? "4" : "4,10,25")) : List.of();
    List<Config> configs = configs();
    RemoteBenchmark benchmark = new RemoteBenchmark();
    List<Object> runs = new ArrayList<>();
    try (ServerProcess server = new ServerProcess(latencies)) {
      try (DynamoDbClient direct = benchmark.client(server.endpoint())) {
        int warmUpRounds = Integer.getInteger("remote.warmUpRounds", Smoke.size(5, 0));
        int warmUpItems = Integer.getInteger("remote.warmUpItems", 5_000);
        for (int round = 0; round < warmUpRounds; round++) {
          long jitBefore = PassTimer.jitMillis();
          for (Config config : configs) {
            benchmark.pass(direct, config, warmUpItems);
          }
          System.out.printf("warm-up round %d: JIT compiling %d ms%n", round + 1,
              PassTimer.jitMillis() - jitBefore);
        }
        if (!latency) {
          runs.addAll(benchmark.measureAll(direct, configs, items, passes, null));
        }
      }
      for (double l : latencies) {
        try (DynamoDbClient delayed = benchmark.client(server.delayed(l))) {
          runs.addAll(benchmark.measureAll(delayed, configs, items, passes, l));
        }
      }
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("benchmark", latency ? "latency" : "remote");
    result.put("items", items);
    result.put("passesPerConfiguration", passes);
    result.put("server", "DynamoDB Local, own JVM");
    result.put("javaVersion", System.getProperty("java.version"));
    result.put("cores", Runtime.getRuntime().availableProcessors());
    result.put("jvmArguments", ManagementFactory.getRuntimeMXBean().getInputArguments());
    result.put("runs", runs);
    Json.write(out, result);
    System.out.println("wrote " + out);
    System.exit(0);
  }

  private DynamoDbClient client(URI endpoint) {
    return timeline == null ? LocalClient.create(endpoint, counter, wire)
        : LocalClient.create(endpoint, counter, wire, timeline);
  }

  /** Every configuration {@code passes} times, ABBA, combined per configuration. */
  private List<Map<String, Object>> measureAll(DynamoDbClient client, List<Config> configs,
      int items, int passes, Double latencyMs) {
    Map<Config, List<Measurement>> byConfig = new LinkedHashMap<>();
    List<Config> order = new ArrayList<>(configs);
    for (int pass = 0; pass < passes; pass++) {
      for (Config config : order) {
        Measurement m = pass(client, config, items);
        System.out.println((latencyMs == null ? "" : "L=" + latencyMs + "ms  ") + m.line()
            + String.format("  client CPU %.0f ms/1000 items", m.cpuSeconds() * 1e6 / (2.0 * items)));
        if (timeline != null) {
          System.out.print(timeline.describe(config.label(), config.concurrency(), lastMarks));
        }
        byConfig.computeIfAbsent(config, k -> new ArrayList<>()).add(m);
      }
      Collections.reverse(order);
    }
    List<Map<String, Object>> runs = new ArrayList<>();
    Map<Integer, Double> handCpu = new LinkedHashMap<>();
    Map<Integer, Double> handCpuWithoutJit = new LinkedHashMap<>();
    Double enhanced = null;
    for (Map.Entry<Config, List<Measurement>> each : byConfig.entrySet()) {
      Map<String, Object> run = Measurement.combine(each.getValue());
      run.put("client", each.getKey().client());
      if (latencyMs != null) {
        run.put("latencyMs", latencyMs);
        int c = each.getKey().concurrency();
        double limitSeconds = (Math.ceil(items / 25.0) + Math.ceil(items / 100.0)) * latencyMs
            / 1000 / c;
        double seconds = 2.0 * items / (double) run.get("itemsPerSecond");
        run.put("latencyLimitItemsPerSecond", 2.0 * items / limitSeconds);
        run.put("fractionOfLatencyLimit", limitSeconds / seconds);
      }
      if (each.getKey().client().equals("enhanced")) {
        enhanced = (Double) run.get("itemsPerSecond");
      }
      if (each.getKey().client().equals("handwritten")) {
        handCpu.put(each.getKey().concurrency(), (Double) run.get("cpuMillisPerThousandItems"));
        handCpuWithoutJit.put(each.getKey().concurrency(),
            (Double) run.get("cpuWithoutJitMillisPerThousandItems"));
      }
      runs.add(run);
    }
    for (Map<String, Object> run : runs) {
      if (enhanced != null) {
        run.put("ratioToEnhanced", (Double) run.get("itemsPerSecond") / enhanced);
      }
      int c = ((Number) run.get("concurrency")).intValue();
      Double floor = handCpu.get(c);
      if (floor != null) {
        run.put("cpuRatioToHandWritten", (Double) run.get("cpuMillisPerThousandItems") / floor);
        run.put("cpuWithoutJitRatioToHandWritten",
            (Double) run.get("cpuWithoutJitMillisPerThousandItems") / handCpuWithoutJit.get(c));
      }
    }
    return runs;
  }

  /** One pass on a fresh table, dropped afterwards. */
  private Measurement pass(DynamoDbClient client, Config config, int items) {
    String prefix = "rm" + (++tables) + "_";
    PassTimer timer = new PassTimer(counter, wire);
    if (timeline != null) {
      timeline.reset();
    }
    Sides sides = new Sides(client, timer);
    sides.createTable(prefix);
    try {
      return switch (config.client()) {
        case "dynabind" -> sides.dynabind(prefix, items, config.concurrency());
        case "enhanced" -> sides.enhanced(prefix, items);
        case "handwritten" -> handWritten(client, timer, prefix, items, config.concurrency());
        default -> throw new IllegalArgumentException("unknown client " + config.label());
      };
    } finally {
      lastMarks = timer.lastMarks();
      sides.dropTable(prefix);
      System.gc(); // each pass starts from the same heap, not the previous pass's garbage
    }
  }

  private static Measurement handWritten(DynamoDbClient client, PassTimer timer, String prefix,
      int items, int threads) {
    var customers = Fixtures.customers(items);
    List<String> ids = Fixtures.ids(items);
    try (HandWrittenLoad load = new HandWrittenLoad(client, prefix + "customers", threads)) {
      return timer.measure("handwritten", threads, items, () -> load.writeAll(customers),
          () -> load.readAll(ids));
    }
  }

  private static List<Config> configs() {
    String chosen = System.getProperty("remote.clients");
    List<Config> out = new ArrayList<>();
    if (chosen != null) {
      for (String each : chosen.split(",")) {
        out.add(Config.parse(each));
      }
      return out;
    }
    out.add(new Config("enhanced", 1));
    // A smoke run needs each path once: sequential and parallel, of both clients.
    List<Integer> concurrency = Smoke.on() ? List.of(1, 4) : CONCURRENCY;
    for (int c : concurrency) {
      out.add(new Config("handwritten", c));
    }
    for (int c : concurrency) {
      out.add(new Config("dynabind", c));
    }
    return out;
  }

  private static List<Double> doubles(String list) {
    List<Double> out = new ArrayList<>();
    for (String each : list.split(",")) {
      out.add(Double.parseDouble(each.trim()));
    }
    return out;
  }
}
