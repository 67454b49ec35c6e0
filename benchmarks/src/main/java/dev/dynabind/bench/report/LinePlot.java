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
import javax.imageio.ImageIO;

/**
 * A line chart of items per second by concurrency, drawn with headless Java2D (no other
 * dependency): each series a line with its points labelled, a series of one point a dashed
 * level across the chart.
 */
final class LinePlot {
  private static final int WIDTH = 800;
  private static final int HEIGHT = 500;
  private static final int LEFT = 90;
  private static final int RIGHT = 40;
  private static final int TOP = 60;
  private static final int BOTTOM = 70;

  /** One line: its name, colour, whether dashed, and (concurrency, rate) points. */
  record Series(String name, Color color, boolean dashed, List<double[]> points) {}

  private final String title;
  private final double xMax;
  private final List<Series> series = new ArrayList<>();

  LinePlot(String title, double xMax) {
    this.title = title;
    this.xMax = xMax;
  }

  LinePlot add(Series line) {
    series.add(line);
    return this;
  }

  void write(Path out) throws IOException {
    System.setProperty("java.awt.headless", "true");
    double max = 0;
    for (Series s : series) {
      for (double[] p : s.points()) {
        max = Math.max(max, p[1]);
      }
    }
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, WIDTH, HEIGHT);
    Axes axes = new Axes(xMax, niceCeiling(max * 1.1));
    drawAxes(g, axes);
    int legendY = TOP + 4;
    for (Series s : series) {
      g.setColor(s.color());
      g.setStroke(s.dashed() ? new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
          10f, new float[] {10f, 6f}, 0f) : new BasicStroke(3f));
      List<double[]> points = s.points();
      if (points.size() == 1) {
        int y = axes.y(points.get(0)[1]);
        g.drawLine(axes.x(1), y, axes.x(xMax), y);
        // At the right end, where the other lines are far above, clear of their labels at c = 1.
        String label = String.format("%s: %.0f items/s", s.name(), points.get(0)[1]);
        g.drawString(label, axes.x(xMax) - g.getFontMetrics().stringWidth(label) - 8, y - 8);
        continue;
      }
      for (int i = 0; i < points.size(); i++) {
        double[] p = points.get(i);
        int x = axes.x(p[0]);
        int y = axes.y(p[1]);
        g.fillOval(x - 5, y - 5, 10, 10);
        // The highest value at this concurrency is labelled above its point, the others below,
        // so two lines that nearly meet do not print their values over each other.
        int labelY = highestAt(series, s, p) ? y - 10 : y + 20;
        g.drawString(String.format("%.0f", p[1]), p[0] >= xMax ? x - 45 : x + 8, labelY);
        if (i > 0) {
          double[] q = points.get(i - 1);
          g.drawLine(axes.x(q[0]), axes.y(q[1]), x, y);
        }
      }
      legendY += 18;
      g.drawString(s.name(), LEFT + 10, legendY);
    }
    g.dispose();
    Files.createDirectories(out.toAbsolutePath().getParent());
    ImageIO.write(image, "png", out.toFile());
    System.out.println("wrote " + out);
  }

  private void drawAxes(Graphics2D g, Axes axes) {
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
    g.drawString(title, LEFT, 28);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    g.setStroke(new BasicStroke(1f));
    g.drawLine(LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM);
    g.drawLine(LEFT, TOP, LEFT, HEIGHT - BOTTOM);
    for (int c = 1; c <= xMax; c++) {
      int x = axes.x(c);
      g.drawLine(x, HEIGHT - BOTTOM, x, HEIGHT - BOTTOM + 5);
      if (xMax <= 8 || c == 1 || c % 4 == 0) {
        g.drawString(Integer.toString(c), x - 4, HEIGHT - BOTTOM + 20);
      }
    }
    g.drawString("concurrency (requests in flight per call)", WIDTH / 2 - 130, HEIGHT - 25);
    for (int i = 0; i <= 5; i++) {
      double v = axes.yMax() * i / 5;
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

  /** Whether no earlier line, nor any other line, has a higher value at this point's x. */
  private static boolean highestAt(List<Series> all, Series mine, double[] point) {
    boolean before = true;
    for (Series other : all) {
      if (other == mine) {
        before = false;
        continue;
      }
      if (other.points().size() < 2) {
        continue;
      }
      for (double[] q : other.points()) {
        if (q[0] == point[0] && (q[1] > point[1] || (q[1] == point[1] && before))) {
          return false;
        }
      }
    }
    return true;
  }
}
