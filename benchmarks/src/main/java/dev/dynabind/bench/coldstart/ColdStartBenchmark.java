package dev.dynabind.bench.coldstart;

import dev.dynabind.bench.LocalClient;
import dev.dynabind.bench.model.CustomerRepository;
import dev.dynabind.bench.model.Fixtures;
import dev.dynabind.bench.report.Json;
import dev.dynabind.bench.report.Smoke;
import dev.dynabind.bench.report.Stats;
import dev.dynabind.runtime.Dynabind;
import dev.dynabind.testing.DynamoDbServer;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Cold start: starts DynamoDB Local and pre-writes the items (before any clock), then launches
 * fresh JVMs of {@link ColdStartChild}, alternating Dynabind, the Enhanced Client and the
 * hand-written codec (encode only, the class-loading floor), and writes the medians to
 * {@code results/coldstart.json} (argument 0 overrides the path).
 *
 * <p>Every side runs twice over: on a plain JVM, and with an application class-data sharing
 * archive (AppCDS) that a training run of the same side wrote with
 * {@code -XX:ArchiveClassesAtExit}. AppCDS is how a deployment that cares about start-up (a
 * Lambda function, a CLI) removes class loading and lambda spinning, which is most of what a
 * first encode costs in a fresh JVM.
 */
public final class ColdStartBenchmark {
  private static final int ITEMS = 100;
  private static final String PREFIX = "cold_";
  private static final List<String> SIDES = List.of("dynabind", "enhanced", "handwritten");

  private ColdStartBenchmark() {}

  /**
   * Runs the benchmark.
   *
   * @param args optional output path
   * @throws Exception when a child fails
   */
  public static void main(String[] args) throws Exception {
    Path out = Path.of(args.length > 0 ? args[0] : "benchmarks/results/coldstart.json");
    int runs = Smoke.size(7, 1);
    String endpoint = DynamoDbServer.shared().endpoint().toString();
    try (DynamoDbClient client = LocalClient.create(DynamoDbServer.shared().endpoint())) {
      CustomerRepository repository =
          new CustomerRepository(Dynabind.builder().client(client).tableNamePrefix(PREFIX).build());
      repository.createTable();
      repository.batchSave(Fixtures.customers(ITEMS));
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("benchmark", "coldstart");
    result.put("items", ITEMS);
    result.put("runsPerSide", runs);
    result.put("javaVersion", System.getProperty("java.version"));
    result.put("cores", Runtime.getRuntime().availableProcessors());
    String classPath = childClassPath();
    result.put("plain", measure("plain", runs, endpoint, classPath, side -> List.of()));
    if (classPath.isEmpty()) {
      System.out.println("skipping AppCDS: the class path holds folders; run from the jar");
    } else {
      Path archives = Files.createTempDirectory("coldstart-cds");
      Map<String, List<String>> flags = new LinkedHashMap<>();
      for (String side : SIDES) {
        Path archive = archives.resolve(side + ".jsa");
        launch(side, endpoint, classPath, List.of("-XX:ArchiveClassesAtExit=" + archive));
        flags.put(side, List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:on"));
      }
      result.put("appcds", measure("appcds", runs, endpoint, classPath, flags::get));
    }
    Json.write(out, result);
    System.out.println("wrote " + out);
    System.exit(0); // DynamoDB Local leaves a non-daemon thread behind
  }

  private static Map<String, Object> measure(String mode, int runs, String endpoint,
      String classPath, Function<String, List<String>> flags) throws Exception {
    Map<String, List<long[]>> samples = new LinkedHashMap<>();
    for (int run = 0; run < runs; run++) {
      for (String side : SIDES) {
        long[] sample = launch(side, endpoint, classPath, flags.apply(side));
        samples.computeIfAbsent(side, s -> new ArrayList<>()).add(sample);
        System.out.printf("run %d %-6s %-11s fixture %6.1f ms, schema+first encode %6.1f ms,"
            + " first batchGet %7.1f ms, process %7.1f ms%n", run + 1, mode, side,
            sample[0] / 1e6, sample[1] / 1e6, sample[2] / 1e6, sample[3] / 1e6);
      }
    }
    Map<String, Object> sides = new LinkedHashMap<>();
    for (Map.Entry<String, List<long[]>> e : samples.entrySet()) {
      Map<String, Object> side = new LinkedHashMap<>();
      side.put("fixtureMsMedian", median(e.getValue(), 0));
      side.put("schemaAndFirstEncodeMsMedian", median(e.getValue(), 1));
      if (!e.getKey().equals("handwritten")) {
        side.put("firstBatchGetMsMedian", median(e.getValue(), 2));
      }
      side.put("processWallMsMedian", median(e.getValue(), 3));
      List<Object> raw = new ArrayList<>();
      for (long[] s : e.getValue()) {
        raw.add(List.of(s[0] / 1e6, s[1] / 1e6, s[2] / 1e6, s[3] / 1e6));
      }
      side.put("runs [fixtureMs, schemaAndFirstEncodeMs, firstBatchGetMs, processMs]", raw);
      sides.put(e.getKey(), side);
    }
    return sides;
  }

  /**
   * This JVM's class path without DynamoDB Local, which only this JVM needs and whose manifest
   * names folders that AppCDS refuses; empty when a folder is on the path (AppCDS needs jars).
   */
  private static String childClassPath() {
    List<String> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Path.of(entry);
      if (Files.isDirectory(path)) {
        return "";
      }
      if (!path.getFileName().toString().startsWith("DynamoDBLocal")) {
        entries.add(entry);
      }
    }
    return String.join(File.pathSeparator, entries);
  }

  private static long[] launch(String side, String endpoint, String classPath, List<String> flags)
      throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(flags);
    command.addAll(List.of("-cp", classPath.isEmpty() ? System.getProperty("java.class.path")
        : classPath, ColdStartChild.class.getName(), side, endpoint, PREFIX,
        Integer.toString(ITEMS)));
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String result = null;
    StringBuilder output = new StringBuilder();
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = reader.readLine()) != null; ) {
        output.append(line).append('\n');
        if (line.startsWith("RESULT ")) {
          result = line;
        }
      }
    }
    int exit = process.waitFor();
    long wall = System.nanoTime() - start;
    if (exit != 0 || result == null) {
      throw new IllegalStateException(side + " child failed with exit " + exit + ":\n" + output);
    }
    String[] parts = result.split(" ");
    return new long[] {Long.parseLong(parts[1]), Long.parseLong(parts[2]),
        Long.parseLong(parts[3]), wall};
  }

  private static double median(List<long[]> samples, int index) {
    return Stats.median(samples.stream().mapToDouble(s -> s[index] / 1e6).toArray());
  }
}
