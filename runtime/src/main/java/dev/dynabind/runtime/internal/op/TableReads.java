package dev.dynabind.runtime.internal.op;

import dev.dynabind.runtime.Page;
import dev.dynabind.runtime.PageRequest;
import dev.dynabind.runtime.ScanProgress;
import dev.dynabind.runtime.SortKey;
import dev.dynabind.runtime.internal.table.ReadRequests;
import dev.dynabind.runtime.internal.table.ReadSpec;
import dev.dynabind.runtime.internal.table.ReadTarget;
import dev.dynabind.runtime.internal.table.TableBinding;
import dev.dynabind.runtime.internal.table.TableScope;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Predicate;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The paged reads of one table or index (scans, queries, counts, pages), shared by the
 * repository and its index objects: strict mode, lock items, decoding, progress and cursors are
 * applied here once. Lock items are filtered out on the server ({@link ReadTarget}); the check on
 * each returned item stays as a second line for items written by other tools. Made by
 * {@link PagedReads#of}; the table's binding and tenant are asked at each read
 * ({@link TableScope}).
 *
 * @param <R> the record type
 */
public final class TableReads<R> {
  private final PagedReads services;
  private final ReadTarget target;
  private final TableScope<R> scope;
  private final Predicate<Map<String, AttributeValue>> isRecord;

  TableReads(PagedReads services, ReadTarget target, TableScope<R> scope) {
    this.services = services;
    this.target = target;
    this.scope = scope;
    this.isRecord = scope.isLockItem().negate();
  }

  /**
   * The table or index read.
   *
   * @return the target
   */
  public ReadTarget target() {
    return target;
  }

  /**
   * The first page of a scan of the whole target, or of one segment.
   *
   * @param spec filter, projection, consistency, page size
   * @param segment the segment, or null for a serial scan
   * @param total how many segments, or null
   * @return the operation
   */
  public ScanPageOperation scanRequest(ReadSpec spec, Integer segment, Integer total) {
    return new ScanPageOperation(
        ReadRequests.scan(target, spec, segment, total, scope.tenantPrefix().get()), null);
  }

  /**
   * A serial scan or a query: pages read as the stream is consumed.
   *
   * @param first the first page's operation
   * @param segment the segment, for scan progress
   * @param totalSegments how many segments, for scan progress
   * @param isScan whether pages are reported as scan progress
   * @return the lazy stream of records
   */
  public Stream<R> items(PageOperation<?, ?> first, int segment, int totalSegments, boolean isScan) {
    services.checkStrict().run();
    AtomicLongArray progress = new AtomicLongArray(2);
    return QueryPages.items(services.pipeline(), first, page -> {
      if (isScan) {
        report(progress, 0, segment, totalSegments, page);
      }
    }).filter(isRecord).map(scope.binding().get()::decode);
  }

  /**
   * A parallel scan of {@code segments} segments on up to {@code concurrency} workers, which
   * give up after {@code idleTimeout} without a pull.
   *
   * @param spec filter, projection, consistency, page size
   * @param segments how many segments
   * @param idleTimeout how long workers wait for a pull
   * @return the lazy stream of records
   */
  public Stream<R> parallelScan(ReadSpec spec, int segments, Duration idleTimeout) {
    services.checkStrict().run();
    List<ScanPageOperation> firsts = new ArrayList<>(segments);
    for (int s = 0; s < segments; s++) {
      firsts.add(scanRequest(spec, s, segments));
    }
    AtomicLongArray progress = new AtomicLongArray(2 * segments);
    return ParallelScan.stream(services.pipeline(), services.executor(), firsts, services.concurrency(), idleTimeout,
            (segment, page) -> report(progress, 2 * segment, segment, segments, page))
        .filter(isRecord).map(scope.binding().get()::decode);
  }

  private void report(AtomicLongArray progress, int slot, int segment, int totalSegments,
      ReadPage page) {
    long pages = progress.incrementAndGet(slot);
    long items = progress.addAndGet(slot + 1, page.items().size());
    services.listener().onScanPage(new ScanProgress(target.tableName(), target.indexName(),
        segment, totalSegments, pages, items));
  }

  /**
   * Counts with {@code Select.COUNT}: no item is transferred.
   *
   * @param first the first page's operation, counting
   * @return the count
   */
  public long count(PageOperation<?, ?> first) {
    services.checkStrict().run();
    return QueryPages.count(services.pipeline(), first);
  }

  /**
   * One page of exactly the requested size when that many remain, with its cursor.
   *
   * @param first the first page's operation
   * @param request the page's size and cursor
   * @return the page
   */
  public Page<R> page(PageOperation<?, ?> first, PageRequest request) {
    services.checkStrict().run();
    byte[] read = first.readIdentity();
    Map<String, AttributeValue> startKey = request.cursor()
        .map(cursor -> services.cursors().decode(cursor, read, target.describe())).orElse(null);
    QueryPages.Filled filled = QueryPages.fill(services.pipeline(), first, startKey, request.size(),
        isRecord, target::startKeyOf);
    TableBinding<R, ?> binding = scope.binding().get();
    List<R> items = new ArrayList<>(filled.items().size());
    for (Map<String, AttributeValue> item : filled.items()) {
      items.add(binding.decode(item));
    }
    return new Page<>(items, filled.nextStartKey() == null ? null
        : services.cursors().encode(read, filled.nextStartKey()));
  }

  /**
   * The first page of a query of one partition.
   *
   * @param partition the encoded partition key
   * @param condition the sort key condition, or null
   * @param sortEncoder encodes the condition's values
   * @param spec filter, projection, consistency, page size
   * @param <S> the sort key type
   * @return the operation
   */
  public <S> QueryPageOperation queryRequest(AttributeValue partition, SortKey<S> condition,
      dev.dynabind.runtime.spi.ValueEncoder<S> sortEncoder, ReadSpec spec) {
    return new QueryPageOperation(
        ReadRequests.query(target, partition, condition, sortEncoder, spec,
            scope.tenantPrefix().get()), null);
  }
}
