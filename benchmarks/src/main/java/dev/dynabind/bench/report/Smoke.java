package dev.dynabind.bench.report;

/** Whether a benchmark runs in smoke mode ({@code -Dsmoke}): tiny sizes, for CI's compile-and-run check. */
public final class Smoke {
  private Smoke() {}

  /**
   * Whether {@code -Dsmoke} (or {@code -Dsmoke=true}) was given.
   *
   * @return true in smoke mode
   */
  public static boolean on() {
    String value = System.getProperty("smoke");
    return value != null && !value.equals("false");
  }

  /**
   * Picks the full or the smoke value.
   *
   * @param full the value of a real run
   * @param smoke the value of a smoke run
   * @return one of them
   */
  public static int size(int full, int smoke) {
    return on() ? smoke : full;
  }
}
