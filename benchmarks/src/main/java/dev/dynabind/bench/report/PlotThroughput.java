package dev.dynabind.bench.report;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Draws {@code results/throughput.png} from {@code results/throughput.json} (the in-process
 * benchmark): write+read items per second by concurrency, Dynabind as a line, the Enhanced Client
 * (sequential) as a dashed level. Arguments: input and output paths (optional).
 */
public final class PlotThroughput {
  static final Color DYNABIND = new Color(0x1f77b4);
  static final Color ENHANCED = new Color(0xd62728);
  static final Color HAND_WRITTEN = new Color(0x2ca02c);

  private PlotThroughput() {}

  /**
   * Draws the plot.
   *
   * @param args optional input JSON and output PNG
   * @throws IOException when a file cannot be read or written
   */
  @SuppressWarnings("unchecked")
  public static void main(String[] args) throws IOException {
    Path in = Path.of(args.length > 0 ? args[0] : "benchmarks/results/throughput.json");
    Path out = Path.of(args.length > 1 ? args[1] : "benchmarks/results/throughput.png");
    Map<String, Object> json = (Map<String, Object>) JsonReader.read(in);
    List<double[]> dynabind = new ArrayList<>();
    List<double[]> enhanced = new ArrayList<>();
    for (Object each : (List<Object>) json.get("runs")) {
      Map<String, Object> run = (Map<String, Object>) each;
      double[] point = {(Double) run.get("concurrency"), (Double) run.get("itemsPerSecond")};
      ("enhanced".equals(run.get("client")) ? enhanced : dynabind).add(point);
    }
    LinePlot plot = new LinePlot(String.format("Write then read %.0f items, DynamoDB Local (%s),"
        + " %.0f cores", (Double) json.get("items"), json.get("server"),
        (Double) json.get("cores")), 8);
    if (!enhanced.isEmpty()) {
      plot.add(new LinePlot.Series("Enhanced Client, sequential", ENHANCED, true, enhanced));
    }
    plot.add(new LinePlot.Series("Dynabind batchSave + batchGet", DYNABIND, false, dynabind))
        .write(out);
  }
}
