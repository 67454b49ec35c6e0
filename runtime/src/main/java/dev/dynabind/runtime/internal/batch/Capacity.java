package dev.dynabind.runtime.internal.batch;

import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;

/** Sums the capacity units a response reports. */
final class Capacity {
  private Capacity() {}

  /**
   * The total over every table.
   *
   * @param capacity the response's list, null or absent when not asked for
   * @return the sum, or {@code NaN} when the response reported none
   */
  static double total(List<ConsumedCapacity> capacity) {
    if (capacity == null || capacity.isEmpty()) {
      return Double.NaN;
    }
    double total = 0;
    for (ConsumedCapacity c : capacity) {
      if (c.capacityUnits() != null) {
        total += c.capacityUnits();
      }
    }
    return total;
  }
}
