package dev.dynabind.bench.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws {@code results/throughput.png} from {@code results/throughput.json}: write+read items per
 * second by concurrency, Dynabind as a line, the Enhanced Client (sequential) as a dashed level.
 * Headless Java2D, no other dependency. Arguments: input and output paths (optional).
 */
public final class PlotThroughput {
  private static final int WIDTH = 800;
  private static final int HEIGHT = 500;
  private static final int LEFT = 90;
  private static final int RIGHT = 40;
  private static final int TOP = 60;
  private static final int BOTTOM = 70;
  private static final Color DYNABIND = new Color(0x1f77b4);
  private static final Color ENHANCED = new Color(0xd62728);

  private PlotThroughput() {}

  /**
   * Draws the plot.
   *
   * @param args optional input JSON and output PNG
   * @throws IOException when a file cannot be read or written
   */
  @SuppressWarnings("unchecked")
  public static void main(String[] args) throws IOException {
    System.setProperty("java.awt.headless", "true");
    Path in = Path.of(args.length > 0 ? args[0] : "benchmarks/results/throughput.json");
    Path out = Path.of(args.length > 1 ? args[1] : "benchmarks/results/throughput.png");
    Map<String, Object> json = (Map<String, Object>) JsonReader.read(in);
    List<double[]> dynabind = new ArrayList<>();
    double enhanced = Double.NaN;
    double max = 0;
    for (Object each : (List<Object>) json.get("runs")) {
      Map<String, Object> run = (Map<String, Object>) each;
      double rate = (Double) run.get("itemsPerSecond");
      max = Math.max(max, rate);
      if ("enhanced".equals(run.get("client"))) {
        enhanced = rate;
      } else {
        dynabind.add(new double[] {(Double) run.get("concurrency"), rate});
      }
    }
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, WIDTH, HEIGHT);
    double yMax = niceCeiling(max * 1.1);
    double xMax = 8;
    Axes axes = new Axes(xMax, yMax);
    drawAxes(g, axes, json);
    if (!Double.isNaN(enhanced)) {
      g.setColor(ENHANCED);
      g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
          new float[] {10f, 6f}, 0f));
      int y = axes.y(enhanced);
      g.drawLine(axes.x(1), y, axes.x(xMax), y);
      g.drawString(String.format("Enhanced Client, sequential: %.0f items/s", enhanced),
          axes.x(1) + 8, y - 8);
    }
    g.setColor(DYNABIND);
    g.setStroke(new BasicStroke(3f));
    for (int i = 0; i < dynabind.size(); i++) {
      double[] p = dynabind.get(i);
      int x = axes.x(p[0]);
      int y = axes.y(p[1]);
      g.fillOval(x - 5, y - 5, 10, 10);
      g.drawString(String.format("%.0f", p[1]), p[0] >= axes.xMax() ? x - 45 : x + 8, y + 20);
      if (i > 0) {
        double[] q = dynabind.get(i - 1);
        g.drawLine(axes.x(q[0]), axes.y(q[1]), x, y);
      }
    }
    g.drawString("Dynabind batchSave + batchGet", LEFT + 10, TOP - 12);
    g.dispose();
    Files.createDirectories(out.toAbsolutePath().getParent());
    ImageIO.write(image, "png", out.toFile());
    System.out.println("wrote " + out);
  }

  private static void drawAxes(Graphics2D g, Axes axes, Map<String, Object> json) {
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
    g.drawString(String.format("Write then read %.0f items, DynamoDB Local (%s), %.0f cores",
        (Double) json.get("items"), json.get("server"), (Double) json.get("cores")), LEFT, 28);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    g.setStroke(new BasicStroke(1f));
    g.drawLine(LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM);
    g.drawLine(LEFT, TOP, LEFT, HEIGHT - BOTTOM);
    for (int c = 1; c <= 8; c++) {
      int x = axes.x(c);
      g.drawLine(x, HEIGHT - BOTTOM, x, HEIGHT - BOTTOM + 5);
      g.drawString(Integer.toString(c), x - 4, HEIGHT - BOTTOM + 20);
    }
    g.drawString("concurrency (parallel chunk requests per call)", WIDTH / 2 - 150, HEIGHT - 25);
    for (int i = 0; i <= 5; i++) {
      double v = axes.yMax * i / 5;
      int y = axes.y(v);
      g.setColor(new Color(0xdddddd));
      g.drawLine(LEFT + 1, y, WIDTH - RIGHT, y);
      g.setColor(Color.BLACK);
      g.drawString(String.format("%.0f", v), LEFT - 55, y + 5);
    }
    Graphics2D rotated = (Graphics2D) g.create();
    rotated.rotate(-Math.PI / 2);
    rotated.drawString("items per second (write + read)", -(HEIGHT / 2 + 100), 22);
    rotated.dispose();
  }

  private static double niceCeiling(double value) {
    if (value <= 0) {
      return 1;
    }
    double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
    for (double step : new double[] {1, 2, 2.5, 5, 10}) {
      if (step * magnitude >= value) {
        return step * magnitude;
      }
    }
    return 10 * magnitude;
  }

  /** Data to pixel coordinates. */
  private record Axes(double xMax, double yMax) {
    int x(double value) {
      return (int) Math.round(LEFT + (value - 1) / (xMax - 1) * (WIDTH - LEFT - RIGHT));
    }

    int y(double value) {
      return (int) Math.round(HEIGHT - BOTTOM - value / yMax * (HEIGHT - TOP - BOTTOM));
    }
  }
}
