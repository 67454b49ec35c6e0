package dev.dynabind.io;

import dev.dynabind.runtime.CompiledCondition;
import dev.dynabind.runtime.Repository;
import dev.dynabind.runtime.Tenancy;
import dev.dynabind.runtime.expression.Condition;
import dev.dynabind.runtime.spi.LockSpec;
import dev.dynabind.runtime.spi.StoredAttribute;
import dev.dynabind.runtime.spi.TableMetadata;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * Exports a table to a file by Scan or parallel Scan. API.
 *
 * <pre>{@code
 * ExportCheckpoint done = TableExport.of(users)        // a generated repository, or a RawTable
 *     .format(Format.DYNAMODB_JSON).gzip(true)
 *     .segments(4)
 *     .maxReadUnitsPerSecond(200)
 *     .progress(p -> log.info("{} items, {}/s", p.items(), p.itemsPerSecond()))
 *     .to(out);
 * }</pre>
 *
 * <p>Memory stays bounded whatever the table's size: each segment holds one page (at most 1 MB,
 * or {@link #pageSize} items) until it is written. Lock items of a {@code @LockedBy} table are
 * never exported. Pages of different segments interleave in the output; each is written whole.
 * Configure, then call {@link #to} once; not thread-safe.
 *
 * <p>When the repository's {@code Dynabind} has a {@link Tenancy}, the export (and
 * {@link #count()}) reads only the items of the {@link dev.dynabind.runtime.Tenant} in effect
 * when it is called, and writes them with that tenant's prefix removed from the partition key,
 * so that the file imports into any tenant ({@link TableImport} stores the items under the tenant
 * in effect when it runs).
 */
public final class TableExport {
  private final Repository<?, ?> repository;
  private Format format = Format.DYNAMODB_JSON;
  private boolean gzip;
  private List<String> columns;
  private int segments = 1;
  private ScanFilter filter;
  private double maxReadUnitsPerSecond;
  private int pageSize;
  private boolean countFirst;
  /** A placeholder no caller's filter uses: callers' names are theirs to choose, not this one. */
  private static final String LOCK_VERSION = "#dynabindLockVersion";
  private Consumer<Progress<ExportCheckpoint>> progress = p -> {};
  private ExportCheckpoint resumeFrom;
  CapacityLimiter.Ticker ticker = CapacityLimiter.Ticker.SYSTEM;
  /** The most items read but not yet written at once in the last run, for tests. */
  int peakBuffered;

  private TableExport(Repository<?, ?> repository) {
    this.repository = repository;
  }

  /**
   * An export of a repository's table: a generated repository (typed: CSV columns default to
   * the record's attributes) or a {@code RawTable} (any table).
   *
   * @param repository the table's repository
   * @return a new export, in {@link Format#DYNAMODB_JSON} by one scan segment
   * @throws IllegalArgumentException when the repository is null
   */
  public static TableExport of(Repository<?, ?> repository) {
    if (repository == null) {
      throw new IllegalArgumentException("repository is null");
    }
    return new TableExport(repository);
  }

  /**
   * The file format; {@link Format#DYNAMODB_JSON} unless set.
   *
   * @param format the format
   * @return this
   */
  public TableExport format(Format format) {
    this.format = Objects.requireNonNull(format, "format");
    return this;
  }

  /**
   * Whether to gzip the output, as AWS's export does ({@code .json.gz}); false unless set.
   *
   * @param gzip true to compress
   * @return this
   */
  public TableExport gzip(boolean gzip) {
    this.gzip = gzip;
    return this;
  }

  /**
   * The CSV columns, in order: attribute names (nested values are written as JSON text). For a
   * generated repository they default to every attribute of the record; a {@code RawTable} has
   * no default.
   *
   * @param columns attribute names; not empty
   * @return this
   */
  public TableExport columns(List<String> columns) {
    if (columns == null || columns.isEmpty()) {
      throw new IllegalArgumentException("columns must name at least one attribute");
    }
    this.columns = List.copyOf(columns);
    return this;
  }

  /**
   * Scans in this many parallel segments, each on its own thread; 1 unless set.
   *
   * @param segments 1 to 1,000,000
   * @return this
   */
  public TableExport segments(int segments) {
    if (segments < 1 || segments > 1_000_000) {
      throw new IllegalArgumentException("segments must be 1 to 1000000, got " + segments);
    }
    this.segments = segments;
    return this;
  }

  /**
   * Writes only the items that match a filter written as DynamoDB expression text (the
   * command-line tool's {@code --filter}); typed code uses {@link #where(Condition)}. Replaces
   * any {@link #where(Condition)}.
   *
   * @param filter the filter, or null for every item
   * @return this
   */
  public TableExport filter(ScanFilter filter) {
    this.filter = filter;
    return this;
  }

  /**
   * Writes only the items that match a typed condition, built from the generated attribute
   * constants ({@code ProductAttributes.stock.gt(0)}) and compiled as the repositories compile
   * theirs ({@link CompiledCondition}). Replaces any {@link #filter(ScanFilter)}.
   *
   * @param condition the condition, or null for every item
   * @return this
   */
  public TableExport where(Condition condition) {
    if (condition == null) {
      this.filter = null;
    } else {
      CompiledCondition compiled = CompiledCondition.of(metadata(), condition);
      this.filter = ScanFilter.of(compiled.expression(), compiled.names(), compiled.values());
    }
    return this;
  }

  /**
   * Holds the read capacity the export consumes (as DynamoDB reports it per page) to this many
   * units per second, so that production traffic keeps the rest; unlimited when 0 (the default).
   * Pages are then made small enough that one page is a fraction of a second's budget.
   *
   * @param units read capacity units per second; 0 for no limit
   * @return this
   */
  public TableExport maxReadUnitsPerSecond(double units) {
    if (!(units >= 0) || Double.isInfinite(units)) {
      throw new IllegalArgumentException("maxReadUnitsPerSecond must be >= 0, got " + units);
    }
    this.maxReadUnitsPerSecond = units;
    return this;
  }

  /**
   * The most items per Scan page (its Limit); DynamoDB's 1 MB pages unless set.
   *
   * @param items 1 or more
   * @return this
   */
  public TableExport pageSize(int items) {
    if (items < 1) {
      throw new IllegalArgumentException("pageSize must be >= 1, got " + items);
    }
    this.pageSize = items;
    return this;
  }

  /**
   * Counts the matching items first ({@link #count()}), so that progress reports a total; false
   * unless set. The count costs a scan's read capacity of its own; lock items are not counted.
   *
   * @param count true to count first
   * @return this
   */
  public TableExport countFirst(boolean count) {
    this.countFirst = count;
    return this;
  }

  /**
   * Called after every page written, on the thread of its segment but never concurrently, with
   * a checkpoint describing exactly what was written and flushed. If it throws, the export
   * stops: segments write nothing more, and {@link #to} throws an {@link ExportException}
   * carrying the checkpoint the listener was last given.
   *
   * @param listener the listener
   * @return this
   */
  public TableExport progress(Consumer<Progress<ExportCheckpoint>> listener) {
    this.progress = Objects.requireNonNull(listener, "listener");
    return this;
  }

  /**
   * Continues a stopped export: the segments of the checkpoint go on after their last page, and
   * the output (the same file, opened for appending) gets no CSV header again. A gzip output gets
   * a new gzip member, which readers of concatenated gzip members (Java's, gzip's) read on.
   * Not possible for {@link Format#JSON_ARRAY}.
   *
   * @param checkpoint the last checkpoint reported, or null to start from the beginning
   * @return this
   */
  public TableExport resumeFrom(ExportCheckpoint checkpoint) {
    this.resumeFrom = checkpoint;
    return this;
  }

  /**
   * Counts the items that match the filter with a Select COUNT scan, under the same capacity
   * limit. Lock items of a {@code @LockedBy} table are not counted (they are filtered out on the
   * server). Under a tenant, only its items are counted.
   *
   * @return the count
   * @throws dev.dynabind.runtime.TenantRequiredException outside a tenant when the repository's
   *     {@code Dynabind} has a strict tenancy; nothing is read
   */
  public long count() {
    return count(limiter(), tenantPrefix());
  }

  /** Counts under a given limiter: an export counting first shares its rate with its scan. */
  long count(CapacityLimiter limiter, String tenantPrefix) {
    long count = 0;
    ScanRequest page = withoutLockItems(
        ExportRun.scanRequest(this, limiter, tenantPrefix).select(Select.COUNT).build());
    try {
      while (true) {
        limiter.awaitCredit();
        var response = client().scan(page);
        limiter.spend(ExportRun.consumed(response));
        count += response.count();
        if (!response.hasLastEvaluatedKey() || response.lastEvaluatedKey().isEmpty()) {
          return count;
        }
        page = page.toBuilder().exclusiveStartKey(response.lastEvaluatedKey()).build();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ExportException("count of table '" + tableName() + "' was interrupted",
          ExportCheckpoint.start(1), e);
    }
  }

  /**
   * A count cannot drop lock items after reading them, so it filters them out on the server by
   * the version attribute only lock items carry (the processor forbids records that name).
   */
  private ScanRequest withoutLockItems(ScanRequest request) {
    LockSpec lock = metadata().lock();
    if (lock == null) {
      return request;
    }
    String notLock = "attribute_not_exists(" + LOCK_VERSION + ")";
    Map<String, String> names = new HashMap<>(request.expressionAttributeNames());
    names.put(LOCK_VERSION, lock.versionAttribute());
    return request.toBuilder().expressionAttributeNames(names).filterExpression(
        request.filterExpression() == null ? notLock
            : "(" + request.filterExpression() + ") AND " + notLock).build();
  }

  /**
   * Runs the export, writing to a stream that is flushed after every page and left open.
   *
   * @param out the output
   * @return the final checkpoint, {@link ExportCheckpoint#complete() complete}
   * @throws IllegalArgumentException when the output is null, CSV has no columns, or a
   *     JSON array export is resumed; nothing is read
   * @throws ExportException when the export stopped before the end
   * @throws dev.dynabind.runtime.TenantRequiredException outside a tenant when the repository's
   *     {@code Dynabind} has a strict tenancy; nothing is read
   */
  public ExportCheckpoint to(OutputStream out) {
    if (out == null) {
      throw new IllegalArgumentException("out is null");
    }
    if (resumeFrom != null && format == Format.JSON_ARRAY) {
      throw new IllegalArgumentException("a JSON array export cannot be resumed; use JSON_LINES");
    }
    return new ExportRun(this, csvColumns(), limiter()).run(out);
  }

  private List<String> csvColumns() {
    if (format != Format.CSV || columns != null) {
      return columns;
    }
    List<StoredAttribute> attributes = metadata().attributes();
    if (attributes.isEmpty()) {
      throw new IllegalArgumentException("CSV export of table '" + tableName()
          + "' needs columns(...): it has no record to take them from");
    }
    return attributes.stream().map(StoredAttribute::attributeName).toList();
  }

  CapacityLimiter limiter() {
    return maxReadUnitsPerSecond > 0
        ? new CapacityLimiter(maxReadUnitsPerSecond, ticker) : CapacityLimiter.NONE;
  }

  double limiterRate() {
    return maxReadUnitsPerSecond;
  }

  DynamoDbClient client() {
    return repository.db().client();
  }

  /**
   * The partition key prefix of the tenant in effect, asked once on the calling thread, since
   * the segments are read on threads of their own.
   *
   * @throws dev.dynabind.runtime.TenantRequiredException outside a tenant of a strict tenancy
   */
  String tenantPrefix() {
    return repository.db().tenancy().flatMap(Tenancy::partitionKeyPrefix).orElse(null);
  }

  String tableName() {
    return repository.tableName();
  }

  TableMetadata metadata() {
    return repository.codec().metadata();
  }

  Format format() {
    return format;
  }

  boolean gzip() {
    return gzip;
  }

  int segments() {
    return resumeFrom != null ? resumeFrom.segments() : segments;
  }

  ScanFilter filter() {
    return filter;
  }

  int pageSize() {
    return pageSize;
  }

  boolean countFirst() {
    return countFirst;
  }

  Consumer<Progress<ExportCheckpoint>> progress() {
    return progress;
  }

  ExportCheckpoint resumeFrom() {
    return resumeFrom;
  }
}
