package dev.dynabind.runtime;

import dev.dynabind.runtime.internal.op.PageOperation;
import dev.dynabind.runtime.internal.op.ParallelScan;
import dev.dynabind.runtime.internal.op.QueryPageOperation;
import dev.dynabind.runtime.internal.op.QueryPages;
import dev.dynabind.runtime.internal.op.ReadPage;
import dev.dynabind.runtime.internal.op.ScanPageOperation;
import dev.dynabind.runtime.internal.table.ReadRequests;
import dev.dynabind.runtime.internal.table.ReadSpec;
import dev.dynabind.runtime.internal.table.ReadTarget;
import dev.dynabind.runtime.internal.table.TableBinding;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The paged reads of one table or index (scans, queries, counts, pages), shared by the
 * repository and its index objects: strict mode, lock items, decoding, progress and cursors are
 * applied here once. Lock items are filtered out on the server ({@link ReadTarget}); the check on
 * each returned item stays as a second line for items written by other tools.
 *
 * @param <R> the record type
 */
final class TableReads<R> {
  private final Dynabind db;
  private final ReadTarget target;
  private final Repository<R, ?> table;

  /** Index objects live as long as their repository, so the tenant is asked at each read. */
  TableReads(Dynabind db, ReadTarget target, Repository<R, ?> table) {
    this.db = db;
    this.target = target;
    this.table = table;
  }

  ReadTarget target() {
    return target;
  }

  /** The first page of a scan of the whole target, or of one segment. */
  ScanPageOperation scanRequest(ReadSpec spec, Integer segment, Integer total) {
    return new ScanPageOperation(
        ReadRequests.scan(target, spec, segment, total, table.tenantPrefix()), null);
  }

  /** A serial scan or a query: pages read as the stream is consumed. */
  Stream<R> items(PageOperation<?, ?> first, int segment, int totalSegments, boolean isScan) {
    db.contextOrCheckStrict();
    AtomicLongArray progress = new AtomicLongArray(2);
    return QueryPages.items(db.pipeline(), first, page -> {
      if (isScan) {
        report(progress, 0, segment, totalSegments, page);
      }
    }).filter(this::isRecord).map(table.binding()::decode);
  }

  /**
   * A parallel scan of {@code segments} segments on up to {@code concurrency} workers, which
   * give up after {@code idleTimeout} without a pull.
   */
  Stream<R> parallelScan(ReadSpec spec, int segments, Duration idleTimeout) {
    db.contextOrCheckStrict();
    List<ScanPageOperation> firsts = new ArrayList<>(segments);
    for (int s = 0; s < segments; s++) {
      firsts.add(scanRequest(spec, s, segments));
    }
    AtomicLongArray progress = new AtomicLongArray(2 * segments);
    return ParallelScan.stream(db.pipeline(), db.workExecutor(), firsts, db.concurrency(), idleTimeout,
            (segment, page) -> report(progress, 2 * segment, segment, segments, page))
        .filter(this::isRecord).map(table.binding()::decode);
  }

  private void report(AtomicLongArray progress, int slot, int segment, int totalSegments,
      ReadPage page) {
    long pages = progress.incrementAndGet(slot);
    long items = progress.addAndGet(slot + 1, page.items().size());
    db.operationListener().onScanPage(new ScanProgress(target.tableName(), target.indexName(),
        segment, totalSegments, pages, items));
  }

  /** Counts with {@code Select.COUNT}: no item is transferred. */
  long count(PageOperation<?, ?> first) {
    db.contextOrCheckStrict();
    return QueryPages.count(db.pipeline(), first);
  }

  /** One page of exactly the requested size when that many remain, with its cursor. */
  Page<R> page(PageOperation<?, ?> first, PageRequest request) {
    db.contextOrCheckStrict();
    byte[] read = first.readIdentity();
    Map<String, AttributeValue> startKey = request.cursor()
        .map(cursor -> db.cursors().decode(cursor, read, target.describe())).orElse(null);
    QueryPages.Filled filled = QueryPages.fill(db.pipeline(), first, startKey, request.size(),
        this::isRecord, target::startKeyOf);
    TableBinding<R, ?> binding = table.binding();
    List<R> items = new ArrayList<>(filled.items().size());
    for (Map<String, AttributeValue> item : filled.items()) {
      items.add(binding.decode(item));
    }
    return new Page<>(items, filled.nextStartKey() == null ? null
        : db.cursors().encode(read, filled.nextStartKey()));
  }

  /** The first page of a query of one partition. */
  <S> QueryPageOperation queryRequest(AttributeValue partition, SortKey<S> condition,
      dev.dynabind.runtime.spi.ValueEncoder<S> sortEncoder, ReadSpec spec) {
    return new QueryPageOperation(
        ReadRequests.query(target, partition, condition, sortEncoder, spec, table.tenantPrefix()),
        null);
  }

  private boolean isRecord(Map<String, AttributeValue> item) {
    return !table.isLockItem(item);
  }
}
