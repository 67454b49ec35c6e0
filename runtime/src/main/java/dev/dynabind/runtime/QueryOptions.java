package dev.dynabind.runtime;

import dev.dynabind.runtime.expression.Condition;
import dev.dynabind.runtime.internal.config.Arguments;
import dev.dynabind.runtime.internal.table.ReadSpec;
import java.util.List;

/**
 * How a query reads: a filter, the order, the most items returned, consistency. Immutable;
 * every method returns a new instance.
 *
 * <pre>{@code
 * orders.query("c-1", QueryOptions.filter(status.eq(Status.PENDING)).descending().limit(10));
 * }</pre>
 */
public final class QueryOptions {
  private static final QueryOptions DEFAULTS = new QueryOptions(null, false, 0, false);
  /** Larger limits read in DynamoDB's 1 MB pages. */
  private static final int LIMIT_AS_PAGE_SIZE = 1000;

  private final Condition filter;
  private final boolean descending;
  private final int limit;
  private final boolean consistentRead;

  private QueryOptions(Condition filter, boolean descending, int limit, boolean consistentRead) {
    this.filter = filter;
    this.descending = descending;
    this.limit = limit;
    this.consistentRead = consistentRead;
  }

  /**
   * Every item of the partition (or sort key range), ascending, eventually consistent.
   *
   * @return the default options
   */
  public static QueryOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Only the items that meet a condition on attributes other than the key; DynamoDB applies it
   * after reading each page.
   *
   * @param filter the condition, built from the generated {@code <Record>Attributes}
   * @return options with this filter
   * @throws IllegalArgumentException when the filter is null
   */
  public static QueryOptions filter(Condition filter) {
    return new QueryOptions(Arguments.required(filter, "filter"), false, 0, false);
  }

  /**
   * The highest sort key first.
   *
   * @return options in descending order
   */
  public QueryOptions descending() {
    return new QueryOptions(filter, true, limit, consistentRead);
  }

  /**
   * The most items the stream returns (after the filter). For streams only: {@code queryPage}
   * refuses options with a limit with an {@link IllegalArgumentException}, since its
   * {@link PageRequest} sets the page size and a total across pages is the caller's to keep.
   *
   * @param items at least 1
   * @return options with this limit
   * @throws IllegalArgumentException when below 1
   */
  public QueryOptions limit(int items) {
    if (items < 1) {
      throw new IllegalArgumentException("limit must be >= 1, got " + items);
    }
    return new QueryOptions(filter, descending, items, consistentRead);
  }

  /**
   * Strongly consistent reads (twice the read capacity); not possible on a global index.
   *
   * @param consistentRead whether to read consistently
   * @return options with this consistency
   */
  public QueryOptions consistentRead(boolean consistentRead) {
    return new QueryOptions(filter, descending, limit, consistentRead);
  }

  /**
   * The filter, or null.
   *
   * @return the filter
   */
  public Condition filter() {
    return filter;
  }

  /**
   * The most items returned, or 0 for no limit.
   *
   * @return the limit
   */
  public int limit() {
    return limit;
  }

  /**
   * The read these options describe, for the internals: without a filter a limit also caps the
   * first request, which then reads no more than it returns.
   *
   * @return the spec
   */
  ReadSpec spec() {
    Integer pageSize = filter == null && limit > 0 && limit <= LIMIT_AS_PAGE_SIZE ? limit : null;
    return new ReadSpec(filter, List.of(), consistentRead, pageSize, descending, false);
  }

  @Override
  public String toString() {
    return "QueryOptions[filter=" + filter + ", descending=" + descending + ", limit=" + limit
        + ", consistentRead=" + consistentRead + "]";
  }
}
