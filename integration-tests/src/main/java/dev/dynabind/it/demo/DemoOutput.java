package dev.dynabind.it.demo;

import java.io.PrintStream;

/** Prints the demo's steps readably and checks their results. */
final class DemoOutput {
  private final PrintStream out;
  private int parts;

  DemoOutput(PrintStream out) {
    this.out = out;
  }

  void heading(String title) {
    parts++;
    out.println();
    out.println(parts + ". " + title);
  }

  void line(String format, Object... args) {
    out.println("   " + String.format(format, args));
  }

  void plain(String format, Object... args) {
    out.println(String.format(format, args));
  }

  /** Fails the demo, and so its exit status, when a result is not what was expected. */
  static void check(boolean condition, String expectation) {
    if (!condition) {
      throw new IllegalStateException("Demo check failed: " + expectation);
    }
  }
}
