package dev.dynabind.bench.report;

import java.util.Arrays;

/** The one statistic every benchmark reports. */
public final class Stats {
  private Stats() {}

  /**
   * The median: the middle value, or the mean of the two middle ones.
   *
   * @param values the samples, in any order; not changed
   * @return the median, or NaN when there are none
   */
  public static double median(double... values) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
