package dev.dynabind.bench.report;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws {@code results/latency.png} from {@code results/latency.json}: write+read items per
 * second by concurrency at one modelled round trip (25 ms unless argument 2 says otherwise), one
 * line per client, the Enhanced Client (sequential) as a dashed level. The latency limit is in
 * the tables, not here: it grows with c far past what two cores serve and would flatten every
 * other line. Arguments: input, output, L.
 */
public final class PlotLatency {
  private PlotLatency() {}

  /**
   * Draws the plot.
   *
   * @param args optional input JSON, output PNG and round trip in ms
   * @throws IOException when a file cannot be read or written
   */
  @SuppressWarnings("unchecked")
  public static void main(String[] args) throws IOException {
    Path in = Path.of(args.length > 0 ? args[0] : "benchmarks/results/latency.json");
    Path out = Path.of(args.length > 1 ? args[1] : "benchmarks/results/latency.png");
    double wanted = args.length > 2 ? Double.parseDouble(args[2]) : 25;
    Map<String, Object> json = (Map<String, Object>) JsonReader.read(in);
    List<Object> runs = (List<Object>) json.get("runs");
    // The largest round trip measured, when the wanted one was not (a smoke run).
    double latency = runs.stream().map(r -> (Double) ((Map<String, Object>) r).get("latencyMs"))
        .anyMatch(l -> l == wanted) ? wanted : runs.stream()
        .mapToDouble(r -> (Double) ((Map<String, Object>) r).get("latencyMs")).max().orElse(wanted);
    Map<String, List<double[]>> byClient = new LinkedHashMap<>();
    double xMax = 1;
    for (Object each : runs) {
      Map<String, Object> run = (Map<String, Object>) each;
      if ((Double) run.get("latencyMs") != latency) {
        continue;
      }
      double c = (Double) run.get("concurrency");
      xMax = Math.max(xMax, c);
      byClient.computeIfAbsent((String) run.get("client"), k -> new ArrayList<>())
          .add(new double[] {c, (Double) run.get("itemsPerSecond")});
    }
    LinePlot plot = new LinePlot(String.format("Write then read %.0f items, %.0f ms added per"
        + " request", (Double) json.get("items"), latency),
        Math.max(2, xMax));
    Map<String, Color> colors = Map.of("enhanced", PlotThroughput.ENHANCED,
        "handwritten", PlotThroughput.HAND_WRITTEN, "dynabind", PlotThroughput.DYNABIND);
    Map<String, String> names = Map.of("enhanced", "Enhanced Client, sequential",
        "handwritten", "hand-written low-level client, pool of c threads",
        "dynabind", "Dynabind batchSave + batchGet, concurrency c");
    byClient.forEach((client, points) -> plot.add(new LinePlot.Series(
        names.getOrDefault(client, client), colors.getOrDefault(client, Color.BLACK),
        "enhanced".equals(client), points)));
    plot.write(out);
  }
}
