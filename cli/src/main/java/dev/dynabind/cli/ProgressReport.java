package dev.dynabind.cli;

import java.io.PrintStream;
import java.util.OptionalLong;

/**
 * Progress on standard error: a bar redrawn in place on a terminal, else a plain line at most
 * every {@link #LINE_EVERY_NANOS}, so logs of a job stay readable.
 */
final class ProgressReport {
  static final long LINE_EVERY_NANOS = 2_000_000_000L;
  private static final int BAR = 30;

  private final PrintStream err;
  private final boolean terminal;
  private final boolean enabled;
  private long lastLine = System.nanoTime();

  private ProgressReport(PrintStream err, boolean terminal, boolean enabled) {
    this.err = err;
    this.terminal = terminal;
    this.enabled = enabled;
  }

  /** A bar when standard error is a terminal, plain lines otherwise. */
  static ProgressReport forStandardError(boolean enabled) {
    return new ProgressReport(System.err, System.console() != null, enabled);
  }

  void update(long items, double perSecond, OptionalLong total) {
    if (!enabled) {
      return;
    }
    if (terminal) {
      err.print("\r" + bar(items, total) + String.format(" %,d items %,.0f/s", items, perSecond));
      err.flush();
    } else if (System.nanoTime() - lastLine >= LINE_EVERY_NANOS) {
      lastLine = System.nanoTime();
      err.println(String.format("progress: %d items, %.0f items/s", items, perSecond)
          + (total.isPresent() ? ", total " + total.getAsLong() : ""));
    }
  }

  void done(long items) {
    if (enabled) {
      err.println((terminal ? "\r" : "") + "done: " + items + " items");
    }
  }

  private static String bar(long items, OptionalLong total) {
    if (total.isEmpty() || total.getAsLong() == 0) {
      return "[" + "=".repeat((int) (items / 1000 % BAR)) + "]";
    }
    int filled = (int) Math.min(BAR, items * BAR / total.getAsLong());
    return "[" + "=".repeat(filled) + " ".repeat(BAR - filled) + "] "
        + items * 100 / total.getAsLong() + "%";
  }
}
