package dev.dynabind.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the result files of one run ({@code latency.json}, {@code remote.json},
 * {@code codec.json} from JMH, {@code coldstart.json}, {@code throughput.json},
 * {@code batchcontext.json}) into the Markdown tables of {@code summary.md}, which the README
 * quotes, the latency model first. Argument: the results folder.
 */
public final class Summary {
  private static final String[] CODECS = {"dynabind", "handWritten", "beanSchema"};

  private Summary() {}

  /**
   * Writes the summary.
   *
   * @param args optional results folder, {@code benchmarks/results} by default
   * @throws IOException when a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "benchmarks/results");
    StringBuilder md = new StringBuilder();
    if (Files.exists(dir.resolve("latency.json"))) {
      latency(md, dir.resolve("latency.json"));
    }
    if (Files.exists(dir.resolve("remote.json"))) {
      remote(md, dir.resolve("remote.json"));
    }
    if (Files.exists(dir.resolve("codec.json"))) {
      codec(md, dir.resolve("codec.json"));
    }
    if (Files.exists(dir.resolve("coldstart.json"))) {
      coldStart(md, dir.resolve("coldstart.json"));
    }
    if (Files.exists(dir.resolve("throughput.json"))) {
      throughput(md, dir.resolve("throughput.json"));
    }
    if (Files.exists(dir.resolve("batchcontext.json"))) {
      batchContext(md, dir.resolve("batchcontext.json"));
    }
    Files.writeString(dir.resolve("summary.md"), md);
    System.out.print(md);
  }

  @SuppressWarnings("unchecked")
  private static void latency(StringBuilder md, Path file) {
    Map<String, Object> json = (Map<String, Object>) JsonReader.read(file);
    md.append(String.format("### Latency model: %.0f items written then read, L ms added per"
        + " request by a delay proxy, DynamoDB Local in its own JVM%n%n", (Double) json.get("items")));
    md.append("| L ms | client | concurrency | write + read items/s | passes: min-max items/s"
        + " | vs Enhanced | latency limit items/s | fraction of the limit | requests (write / read)"
        + " |\n");
    md.append("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (Object each : (List<Object>) json.get("runs")) {
      Map<String, Object> run = (Map<String, Object>) each;
      md.append(String.format("| %.0f | %s | %.0f | %.0f | %s | %s | %.0f | %.2f | %.0f / %.0f |%n",
          (Double) run.get("latencyMs"), run.get("client"), (Double) run.get("concurrency"),
          (Double) run.get("itemsPerSecond"), spread(run.get("passItemsPerSecond")),
          ratio(run.get("ratioToEnhanced")),
          (Double) run.get("latencyLimitItemsPerSecond"),
          (Double) run.get("fractionOfLatencyLimit"), (Double) run.get("writeRequests"),
          (Double) run.get("readRequests")));
    }
    md.append('\n');
  }

  @SuppressWarnings("unchecked")
  private static void remote(StringBuilder md, Path file) {
    Map<String, Object> json = (Map<String, Object>) JsonReader.read(file);
    md.append(String.format("### Client CPU: %.0f items written then read, DynamoDB Local in its"
        + " own JVM%n%n", (Double) json.get("items")));
    md.append("| client | concurrency | write + read items/s | vs Enhanced | client CPU ms per"
        + " 1000 items | vs hand-written at the same concurrency | without JIT compiling"
        + " | vs hand-written | JIT ms per pass | bytes allocated per item | GC ms per pass |\n");
    md.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (Object each : (List<Object>) json.get("runs")) {
      Map<String, Object> run = (Map<String, Object>) each;
      md.append(String.format("| %s | %.0f | %.0f | %s | %.0f | %s | %s | %s | %s | %.0f | %.0f |%n",
          run.get("client"), (Double) run.get("concurrency"), (Double) run.get("itemsPerSecond"),
          ratio(run.get("ratioToEnhanced")), (Double) run.get("cpuMillisPerThousandItems"),
          ratio(run.get("cpuRatioToHandWritten")),
          whole(run.get("cpuWithoutJitMillisPerThousandItems")),
          ratio(run.get("cpuWithoutJitRatioToHandWritten")), whole(run.get("jitMillisPerPass")),
          (Double) run.get("allocatedBytesPerItem"), (Double) run.get("gcMillisPerPass")));
    }
    md.append('\n');
  }

  /** The lowest and highest of the passes' rates. */
  @SuppressWarnings("unchecked")
  private static String spread(Object passes) {
    if (!(passes instanceof List<?> list) || list.isEmpty()) {
      return "";
    }
    double min = Double.MAX_VALUE;
    double max = 0;
    for (Object pass : (List<Object>) list) {
      min = Math.min(min, (Double) pass);
      max = Math.max(max, (Double) pass);
    }
    return String.format("%.0f-%.0f", min, max);
  }

  /** A figure older result files lack, blank there. */
  private static String whole(Object value) {
    return value == null ? "" : String.format("%.0f", (Double) value);
  }

  private static String ratio(Object value) {
    return value == null ? "" : String.format("%.2fx", (Double) value);
  }

  @SuppressWarnings("unchecked")
  private static void codec(StringBuilder md, Path file) {
    Map<String, double[]> scores = new LinkedHashMap<>();
    for (Object each : (List<Object>) JsonReader.read(file)) {
      Map<String, Object> run = (Map<String, Object>) each;
      String name = run.get("benchmark").toString();
      name = name.substring(name.lastIndexOf('.') + 1);
      Map<String, Object> primary = (Map<String, Object>) run.get("primaryMetric");
      Map<String, Object> secondary = (Map<String, Object>) run.get("secondaryMetrics");
      double alloc = Double.NaN;
      if (secondary != null && secondary.get("gc.alloc.rate.norm") instanceof Map<?, ?> gc) {
        alloc = (Double) gc.get("score");
      } else if (secondary != null && secondary.get("·gc.alloc.rate.norm") instanceof Map<?, ?> gc) {
        alloc = (Double) gc.get("score");
      }
      scores.put(name, new double[] {(Double) primary.get("score"), error(primary), alloc,
          median(primary)});
    }
    md.append("### Codec: one `Customer`, ns/op (JMH average time, ± 99.9% error)\n\n");
    md.append("| codec | encode ns/op | decode ns/op | encode + decode | vs hand-written | vs bean schema"
        + " | median iteration: encode + decode | vs hand-written | vs bean schema"
        + " | bytes allocated (encode / decode) |\n");
    md.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    double hand = sum(scores, "handWritten", 0);
    double bean = sum(scores, "beanSchema", 0);
    double handMedian = sum(scores, "handWritten", 3);
    double beanMedian = sum(scores, "beanSchema", 3);
    for (String codec : CODECS) {
      double[] enc = scores.get(codec + "Encode");
      double[] dec = scores.get(codec + "Decode");
      if (enc == null || dec == null) {
        continue;
      }
      double total = enc[0] + dec[0];
      double median = enc[3] + dec[3];
      md.append(String.format("| %s | %.0f ± %.0f | %.0f ± %.0f | %.0f | %.2fx | %.2fx | %.0f | %.2fx"
          + " | %.2fx | %s / %s |%n", codec, enc[0], enc[1], dec[0], dec[1], total, total / hand,
          total / bean, median, median / handMedian, median / beanMedian, bytes(enc[2]), bytes(dec[2])));
    }
    md.append("\nRatios are time relative to the other codec: below 1.00x is faster. \"Median"
        + " iteration\" is the median of every measured iteration of every fork, which a few"
        + " iterations disturbed by other processes cannot move the way they move the mean.\n\n");
  }

  @SuppressWarnings("unchecked")
  private static void coldStart(StringBuilder md, Path file) {
    Map<String, Object> json = (Map<String, Object>) JsonReader.read(file);
    md.append(String.format("### Cold start: fresh JVM, median of %.0f runs per side, ms%n%n",
        (Double) json.get("runsPerSide")));
    md.append("| side | JVM | fixture object (not counted) | schema + first encode"
        + " | first batchGet of 100, from `main` | whole process |\n");
    md.append("| --- | --- | ---: | ---: | ---: | ---: |\n");
    for (String mode : new String[] {"plain", "appcds"}) {
      Map<String, Object> sides = (Map<String, Object>) json.get(mode);
      if (sides == null) {
        continue;
      }
      for (String side : new String[] {"dynabind", "enhanced", "handwritten"}) {
        Map<String, Object> s = (Map<String, Object>) sides.get(side);
        if (s == null) {
          continue;
        }
        Object read = s.get("firstBatchGetMsMedian");
        md.append(String.format("| %s | %s | %.1f | %.1f | %s | %.1f |%n", side,
            mode.equals("plain") ? "plain" : "AppCDS", (Double) s.get("fixtureMsMedian"),
            (Double) s.get("schemaAndFirstEncodeMsMedian"),
            read == null ? "(not run)" : String.format("%.1f", (Double) read),
            (Double) s.get("processWallMsMedian")));
      }
    }
    md.append('\n');
  }

  @SuppressWarnings("unchecked")
  private static void throughput(StringBuilder md, Path file) {
    Map<String, Object> json = (Map<String, Object>) JsonReader.read(file);
    md.append(String.format("### Throughput: %.0f items written then read by key%n%n",
        (Double) json.get("items")));
    md.append("| client | concurrency | write items/s | read items/s | write + read items/s"
        + " | requests (write / read) | vs Enhanced | process CPU: cores busy | CPU ms per 1000"
        + " items | wire + server ms per 1000 items | client ms per 1000 items | GC ms per pass"
        + " |\n");
    md.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (Object each : (List<Object>) json.get("runs")) {
      Map<String, Object> run = (Map<String, Object>) each;
      Object ratio = run.get("ratioToEnhanced");
      Object client = run.get("clientMillisPerThousandItems");
      md.append(String.format("| %s | %.0f | %.0f | %.0f | %.0f | %.0f / %.0f | %s | %.2f | %.0f"
          + " | %.0f | %s | %.0f |%n",
          run.get("client"), (Double) run.get("concurrency"),
          (Double) run.get("writeItemsPerSecond"), (Double) run.get("readItemsPerSecond"),
          (Double) run.get("itemsPerSecond"), (Double) run.get("writeRequests"),
          (Double) run.get("readRequests"),
          ratio == null ? "1.00x" : String.format("%.2fx", (Double) ratio),
          (Double) run.get("processCoresBusy"), (Double) run.get("cpuMillisPerThousandItems"),
          (Double) run.get("serverMillisPerThousandItems"),
          client == null ? "(overlaps)" : String.format("%.0f", (Double) client),
          (Double) run.get("gcMillisPerPass")));
    }
    md.append('\n');
  }

  @SuppressWarnings("unchecked")
  private static void batchContext(StringBuilder md, Path file) {
    Map<String, Object> json = (Map<String, Object>) JsonReader.read(file);
    md.append(String.format("### Batch context: %.0f concurrent `getAsync`, median of %.0f rounds%n%n",
        (Double) json.get("concurrentReads"), (Double) json.get("rounds")));
    md.append("| handler | wall ms (median, min–max) | requests per round |\n");
    md.append("| --- | ---: | --- |\n");
    for (String side : new String[] {"withoutContext", "withContext"}) {
      Map<String, Object> s = (Map<String, Object>) json.get(side);
      Map<String, Object> requests = (Map<String, Object>) s.get("requestsPerRound");
      StringBuilder r = new StringBuilder();
      requests.forEach((k, v) -> r.append(r.length() == 0 ? "" : ", ")
          .append(String.format("%.0f %s", (Double) v, k)));
      md.append(String.format("| %s | %.1f (%.1f–%.1f) | %s |%n", side,
          (Double) s.get("wallMsMedian"), (Double) s.get("wallMsMin"), (Double) s.get("wallMsMax"), r));
    }
    md.append('\n');
  }

  private static double error(Map<String, Object> primary) {
    Object e = primary.get("scoreError");
    return e instanceof Double d && !d.isNaN() ? d : 0;
  }

  private static double sum(Map<String, double[]> scores, String codec, int index) {
    double[] enc = scores.get(codec + "Encode");
    double[] dec = scores.get(codec + "Decode");
    return enc == null || dec == null ? Double.NaN : enc[index] + dec[index];
  }

  /** The median of every measured iteration of every fork: robust to a few disturbed ones. */
  @SuppressWarnings("unchecked")
  private static double median(Map<String, Object> primary) {
    return Stats.median(((List<Object>) primary.get("rawData")).stream()
        .flatMap(fork -> ((List<Object>) fork).stream())
        .mapToDouble(score -> (Double) score).toArray());
  }

  private static String bytes(double value) {
    return Double.isNaN(value) ? "n/a" : String.format("%.0f B", value);
  }
}
