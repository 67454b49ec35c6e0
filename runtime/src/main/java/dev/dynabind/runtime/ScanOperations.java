package dev.dynabind.runtime;

import dev.dynabind.runtime.expression.Condition;
import java.util.stream.Stream;

/**
 * The reads of a whole table: scans (serial, parallel, or one segment), counts and pages. Every
 * {@link Repository} offers them; queries of the table's key and of its indexes are on the
 * generated repository.
 *
 * @param <R> the record type
 */
public interface ScanOperations<R> {
  /**
   * Every item of the table, read lazily page by page (a serial Scan). Lock items are never
   * returned.
   *
   * @return a lazy stream; each page is fetched when the previous one is consumed
   * @throws BatchContextRequiredException in strict mode outside a batch context
   */
  Stream<R> scan();

  /**
   * The items of the table, read with a filter, projection, consistency or page size, serially
   * or, with {@link ScanOptions#segments(int) segments(n)} above 1, as a parallel scan: up to
   * {@link Dynabind#concurrency()} segments are read at once on the {@link Dynabind#executor()},
   * each segment's pages in order, the segments' items interleaved. A slow consumer holds back
   * the workers: at most {@code 2 * min(concurrency, segments) + 1} pages (each at most 1 MB, or
   * {@link ScanOptions#pageSize(int)} items) are held at any time. When the executor starts no
   * worker within 200 ms, the calling thread reads segments itself. Throttling and server errors
   * are retried per the {@link Dynabind#retryPolicy()}, page by page; each page is reported to
   * {@link OperationListener#onScanPage}. Close the stream (try-with-resources) when not reading
   * it to the end, so the workers stop at once. A stream neither read to the end nor closed does
   * not block them forever: they stop when the stream is garbage collected, or when nothing has
   * been pulled from it for {@link ScanOptions#idleTimeout(java.time.Duration)} (10 minutes by
   * default), after which its next pull throws a {@link DynabindException}. Lock items are never
   * returned.
   *
   * @param options filter, projection, consistency, page size, segments
   * @return a lazy stream, in no particular order when parallel
   * @throws IllegalArgumentException when the options are null
   * @throws BatchContextRequiredException in strict mode outside a batch context
   */
  Stream<R> scan(ScanOptions options);

  /**
   * One segment of a parallel scan, read serially on the calling thread, for callers that spread
   * the segments over workers or machines themselves.
   *
   * @param segment the segment, from 0
   * @param totalSegments how many segments the table is split into
   * @return a lazy stream of the segment's items
   * @throws IllegalArgumentException unless {@code 0 <= segment < totalSegments <= 1000000}
   * @throws BatchContextRequiredException in strict mode outside a batch context
   */
  Stream<R> scanSegment(int segment, int totalSegments);

  /**
   * One segment of a parallel scan with a filter, projection, consistency or page size; the
   * options' {@code segments} is ignored.
   *
   * @param segment the segment, from 0
   * @param totalSegments how many segments the table is split into
   * @param options filter, projection, consistency, page size
   * @return a lazy stream of the segment's items
   * @throws IllegalArgumentException unless {@code 0 <= segment < totalSegments <= 1000000}, or
   *     when the options are null
   * @throws BatchContextRequiredException in strict mode outside a batch context
   */
  Stream<R> scanSegment(int segment, int totalSegments, ScanOptions options);

  /**
   * How many items the table holds, lock items excluded, counted by DynamoDB with
   * {@code Select.COUNT} page by page (a Scan that reads every item but transfers none).
   *
   * @return the count
   * @throws BatchContextRequiredException in strict mode outside a batch context
   */
  long count();

  /**
   * How many items meet a condition, counted by DynamoDB as {@link #count()}.
   *
   * @param filter the condition
   * @return the count
   * @throws IllegalArgumentException when the filter is null
   * @throws BatchContextRequiredException in strict mode outside a batch context
   */
  long count(Condition filter);

  /**
   * One page of a scan of the whole table.
   *
   * @param page which page and its size
   * @return the page
   * @throws IllegalArgumentException when the page request is null, or the cursor was altered or
   *     made for another read
   * @throws BatchContextRequiredException in strict mode outside a batch context
   */
  Page<R> scanPage(PageRequest page);

  /**
   * One page of a scan with a filter, projection or consistency: exactly {@code page.size()}
   * items when that many remain. Segments are not paged: the options must have one segment.
   *
   * @param options filter, projection, consistency
   * @param page which page and its size
   * @return the page
   * @throws IllegalArgumentException when an argument is null, the options have more than one
   *     segment, or the cursor was altered or made for another read (another table or filter)
   * @throws BatchContextRequiredException in strict mode outside a batch context
   */
  Page<R> scanPage(ScanOptions options, PageRequest page);
}
