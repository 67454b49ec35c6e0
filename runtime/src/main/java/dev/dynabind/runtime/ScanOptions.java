package dev.dynabind.runtime;

import dev.dynabind.runtime.expression.Attribute;
import dev.dynabind.runtime.expression.AttributePath;
import dev.dynabind.runtime.expression.Condition;
import dev.dynabind.runtime.internal.config.Arguments;
import dev.dynabind.runtime.internal.table.ReadSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How a scan reads: a filter, a projection, consistency, page size, and how many segments are
 * read in parallel. Immutable; every method returns a new instance.
 *
 * <pre>{@code
 * users.scan(ScanOptions.filter(status.eq(Status.ACTIVE)).segments(8));
 * }</pre>
 */
public final class ScanOptions {
  /** How long the workers of a parallel scan wait for a consumer that reads nothing. */
  public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(10);

  private static final ScanOptions DEFAULTS =
      new ScanOptions(null, List.of(), false, null, 1, DEFAULT_IDLE_TIMEOUT);

  private final Condition filter;
  private final List<AttributePath> projection;
  private final boolean consistentRead;
  private final Integer pageSize;
  private final int segments;
  private final Duration idleTimeout;

  private ScanOptions(Condition filter, List<AttributePath> projection, boolean consistentRead,
      Integer pageSize, int segments, Duration idleTimeout) {
    this.filter = filter;
    this.projection = projection;
    this.consistentRead = consistentRead;
    this.pageSize = pageSize;
    this.segments = segments;
    this.idleTimeout = idleTimeout;
  }

  /**
   * Every item, eventually consistent, in 1 MB pages, one segment.
   *
   * @return the default options
   */
  public static ScanOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Only the items that meet a condition; DynamoDB applies it to each page after reading it, so
   * a filter saves transfer, not read capacity.
   *
   * @param filter the condition, built from the generated {@code <Record>Attributes}
   * @return options with this filter
   * @throws IllegalArgumentException when the filter is null
   */
  public static ScanOptions filter(Condition filter) {
    return new ScanOptions(Arguments.required(filter, "filter"), List.of(), false, null, 1,
        DEFAULT_IDLE_TIMEOUT);
  }

  /**
   * Reads only these attributes; key attributes are always read as well. Components not read
   * decode as an absent value (null, an empty {@code Optional}, or a primitive's default), so a
   * projection fits records whose other components may be absent.
   *
   * @param attributes at least one attribute
   * @return options with this projection
   * @throws IllegalArgumentException when there is no attribute or one is null
   */
  public ScanOptions projection(Attribute... attributes) {
    Objects.requireNonNull(attributes, "attributes");
    if (attributes.length == 0) {
      throw new IllegalArgumentException("projection needs at least one attribute");
    }
    List<AttributePath> paths = new ArrayList<>(attributes.length);
    for (Attribute attribute : attributes) {
      paths.add(Arguments.required(attribute, "projection attribute").path());
    }
    return new ScanOptions(filter, List.copyOf(paths), consistentRead, pageSize, segments,
        idleTimeout);
  }

  /**
   * Strongly consistent reads (twice the read capacity); not possible on a global index.
   *
   * @param consistentRead whether to read consistently
   * @return options with this consistency
   */
  public ScanOptions consistentRead(boolean consistentRead) {
    return new ScanOptions(filter, projection, consistentRead, pageSize, segments,
        idleTimeout);
  }

  /**
   * The most items DynamoDB reads per request ({@code Limit}, counted before the filter); by
   * default a page is what fits in 1 MB. Smaller pages bound memory more tightly at the cost of
   * more requests.
   *
   * @param items at least 1
   * @return options with this page size
   * @throws IllegalArgumentException when below 1
   */
  public ScanOptions pageSize(int items) {
    if (items < 1) {
      throw new IllegalArgumentException("pageSize must be >= 1, got " + items);
    }
    return new ScanOptions(filter, projection, consistentRead, items, segments,
        idleTimeout);
  }

  /**
   * Splits the scan into segments read in parallel on the {@link Dynabind#executor()}, at most
   * {@link Dynabind#concurrency()} at once; see {@code Repository.scan(ScanOptions)} for the
   * memory bound.
   *
   * @param segments 1 to 1,000,000 (DynamoDB's limit); 1 reads serially
   * @return options with this many segments
   * @throws IllegalArgumentException when out of range
   */
  public ScanOptions segments(int segments) {
    if (segments < 1 || segments > 1_000_000) {
      throw new IllegalArgumentException("segments must be 1 to 1000000, got " + segments);
    }
    return new ScanOptions(filter, projection, consistentRead, pageSize, segments,
        idleTimeout);
  }

  /**
   * How long the workers of a parallel scan wait for a consumer that pulls nothing from the
   * stream before they give up ({@link #DEFAULT_IDLE_TIMEOUT}, 10 minutes, by default). A worker
   * whose page does not fit into the full hand-over queue checks every 100 ms; once nothing has
   * been pulled for this long it stops the scan and the pages held are dropped, so a stream left
   * open and unread does not keep executor threads blocked forever. The consumer's next pull then
   * throws a {@link DynabindException} saying so; it never silently misses items. A stream that
   * nobody references any more is stopped sooner, when the garbage collector finds it. Serial
   * scans hold no threads and ignore this setting.
   *
   * @param timeout more than zero
   * @return options with this idle timeout
   * @throws IllegalArgumentException when null, zero or negative
   */
  public ScanOptions idleTimeout(Duration timeout) {
    Arguments.required(timeout, "idleTimeout");
    if (timeout.isZero() || timeout.isNegative()) {
      throw new IllegalArgumentException("idleTimeout must be positive, got " + timeout);
    }
    return new ScanOptions(filter, projection, consistentRead, pageSize, segments, timeout);
  }

  /**
   * How long the workers of a parallel scan wait for a consumer that reads nothing.
   *
   * @return the idle timeout
   */
  public Duration idleTimeout() {
    return idleTimeout;
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
   * How many segments are read in parallel.
   *
   * @return at least 1
   */
  public int segments() {
    return segments;
  }

  /**
   * The read these options describe, for the internals.
   *
   * @return the spec
   */
  ReadSpec spec() {
    return new ReadSpec(filter, projection, consistentRead, pageSize, false, false);
  }

  @Override
  public String toString() {
    return "ScanOptions[filter=" + filter + ", projection=" + projection + ", consistentRead="
        + consistentRead + ", pageSize=" + pageSize + ", segments=" + segments + ", idleTimeout=" + idleTimeout + "]";
  }
}
