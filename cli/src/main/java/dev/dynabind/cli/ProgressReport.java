package dev.dynabind.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.OptionalLong;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress on standard error: a bar redrawn in place (me.tongfei:progressbar) on a terminal,
 * else a plain line at most every interval, so the log of a job stays readable.
 */
final class ProgressReport implements AutoCloseable {
  private final PrintStream err;
  private final long intervalNanos;
  private final String task;
  private ProgressBar bar;
  private long lastLine = System.nanoTime();

  private ProgressReport(PrintStream err, String task, Duration interval, boolean terminal) {
    this.err = err;
    this.task = task;
    this.intervalNanos = interval.toNanos();
    if (terminal) {
      bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(-1)
          .setStyle(ProgressBarStyle.ASCII).setUnit(" items", 1).showSpeed()
          .setUpdateIntervalMillis(200).build();
    }
  }

  /**
   * Reports on standard error: a bar when the JVM has a console, else plain lines.
   *
   * @param task what runs, e.g. "export"
   * @param interval the least time between two plain lines
   */
  static ProgressReport forStandardError(String task, Duration interval) {
    return new ProgressReport(System.err, task, interval, System.console() != null);
  }

  void update(long items, double perSecond, OptionalLong total) {
    if (bar != null) {
      total.ifPresent(bar::maxHint);
      bar.stepTo(items);
    } else if (System.nanoTime() - lastLine >= intervalNanos) {
      lastLine = System.nanoTime();
      err.println(String.format("%s: %d items, %.0f items/s", task, items, perSecond)
          + (total.isPresent() ? ", total " + total.getAsLong() : ""));
    }
  }

  void done(long items) {
    close();
    err.println(task + " done: " + items + " items");
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }
}
