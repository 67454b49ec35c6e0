package dev.dynabind.runtime.internal.table;

import dev.dynabind.runtime.expression.AttributePath;
import dev.dynabind.runtime.expression.Condition;
import java.util.List;

/**
 * How a paged read reads, whatever public options it came from.
 *
 * @param filter the caller's filter, or null
 * @param projection the attributes to read, or empty for whole items; key attributes are added
 * @param consistentRead whether reads are strongly consistent
 * @param pageSize the most items one request evaluates, or null for DynamoDB's 1 MB pages
 * @param descending whether a query returns the highest sort key first
 * @param count whether the read only counts ({@code Select.COUNT})
 */
public record ReadSpec(Condition filter, List<AttributePath> projection, boolean consistentRead,
    Integer pageSize, boolean descending, boolean count) {
  /** Whole items, eventually consistent, every item. */
  public static final ReadSpec ALL = new ReadSpec(null, List.of(), false, null, false, false);

  /**
   * The same read, counting only.
   *
   * @return a count spec
   */
  public ReadSpec counting() {
    return new ReadSpec(filter, List.of(), consistentRead, null, descending, true);
  }
}
