package dev.dynabind.runtime.internal.op;

import dev.dynabind.runtime.DynabindException;
import java.lang.ref.Cleaner;
import java.time.Duration;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A parallel scan as one lazy stream: up to {@code workers} executor tasks each claim the next
 * unread segment and read it page by page through the pipeline, handing every page to the
 * consuming thread through a queue of {@code workers} pages. A worker whose page finds the queue
 * full waits, so a slow consumer holds at most {@code 2 * workers + 1} pages in memory: the
 * queue's, one per waiting worker, and the one being consumed.
 *
 * <p>When no worker has started within {@value #CALLER_RUNS_AFTER_MS} ms (a busy or
 * single-threaded executor), the consuming thread claims a segment and reads it itself, page by
 * page as it consumes, so the scan never waits on an executor that will not run it.
 *
 * <p>A waiting worker never waits forever. The workers reference this shared state only, never
 * the consumer's iterator, so when a stream that was neither read to the end nor closed becomes
 * unreachable, a {@link Cleaner} stops them. And while the consumer is still reachable but has
 * pulled nothing for the idle limit, a worker that cannot hand over its page stops the scan; the
 * consumer's next pull then throws instead of silently missing the pages that were dropped.
 */
public final class ParallelScan {
  static final long CALLER_RUNS_AFTER_MS = 200;
  private static final long OFFER_CHECK_MS = 100;
  /** One daemon thread for every scan of this JVM; it only flips flags. */
  private static final Cleaner ABANDONED = Cleaner.create();

  /** What workers hand to the consumer. */
  private sealed interface Signal {}

  private record Items(List<Map<String, AttributeValue>> items) implements Signal {}

  private record SegmentDone() implements Signal {}

  private record Failed(RuntimeException error) implements Signal {}

  private final Pipeline pipeline;
  private final List<? extends PageOperation<?, ?>> segments;
  private final BiConsumer<Integer, ReadPage> onPage;
  private final BlockingQueue<Signal> queue;
  private final long idleLimitNanos;
  private final Duration idleLimit;
  private final AtomicInteger nextSegment = new AtomicInteger();
  private final AtomicInteger startedWorkers = new AtomicInteger();
  private volatile boolean closed;
  private volatile boolean stoppedIdle;
  private volatile long lastPullNanos = System.nanoTime();

  private ParallelScan(Pipeline pipeline, List<? extends PageOperation<?, ?>> segments,
      int workers, Duration idleLimit, BiConsumer<Integer, ReadPage> onPage) {
    this.pipeline = pipeline;
    this.segments = segments;
    this.onPage = onPage;
    this.queue = new ArrayBlockingQueue<>(workers);
    this.idleLimit = idleLimit;
    this.idleLimitNanos = idleLimit.toNanos();
  }

  /**
   * Starts the workers and returns the stream of every segment's items, in no particular order.
   *
   * @param pipeline runs each page
   * @param executor runs the workers
   * @param segments the first page of each segment, in segment order
   * @param workers how many segments are read at once, at least 1
   * @param idleLimit how long workers wait for a consumer that pulls nothing before they stop
   *     the scan (its next pull then throws a {@link DynabindException})
   * @param onPage told of each page (segment number, page) on the thread that read it
   * @return a lazy stream; close it to stop the workers when not reading it to the end
   */
  public static Stream<Map<String, AttributeValue>> stream(Pipeline pipeline, Executor executor,
      List<? extends PageOperation<?, ?>> segments, int workers, Duration idleLimit,
      BiConsumer<Integer, ReadPage> onPage) {
    int used = Math.min(workers, segments.size());
    ParallelScan scan = new ParallelScan(pipeline, segments, used, idleLimit, onPage);
    Reader reader = new Reader(scan);
    ABANDONED.register(reader, scan::close);
    for (int i = 0; i < used; i++) {
      try {
        executor.execute(scan::work);
      } catch (RejectedExecutionException rejected) {
        break; // the consuming thread reads the segments no worker claims
      }
    }
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(reader,
        Spliterator.NONNULL), false).onClose(scan::close);
  }

  private void work() {
    startedWorkers.incrementAndGet();
    try {
      for (int s = nextSegment.getAndIncrement(); s < segments.size() && !closed;
          s = nextSegment.getAndIncrement()) {
        Map<String, AttributeValue> lastKey = null;
        do {
          ReadPage page = read(s, lastKey);
          lastKey = page.lastKey();
          hand(new Items(page.items()));
        } while (lastKey != null && !closed);
        hand(new SegmentDone());
      }
    } catch (RuntimeException e) {
      hand(new Failed(e));
    }
  }

  private ReadPage read(int segment, Map<String, AttributeValue> lastKey) {
    PageOperation<?, ?> first = segments.get(segment);
    ReadPage page = pipeline.run(first.after(lastKey));
    onPage.accept(segment, page);
    return page;
  }

  /**
   * Waits for room in the queue; gives up once the stream is closed or abandoned, or when the
   * consumer has pulled nothing for the idle limit.
   */
  private void hand(Signal signal) {
    try {
      while (!closed) {
        if (queue.offer(signal, OFFER_CHECK_MS, TimeUnit.MILLISECONDS)) {
          return;
        }
        if (System.nanoTime() - lastPullNanos > idleLimitNanos) {
          stoppedIdle = true;
          close();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      close();
    }
  }

  /** Stops the workers: each ends after its request in flight; queued pages are dropped. */
  private void close() {
    closed = true;
    queue.clear();
  }

  private String tableName() {
    return segments.get(0).tableNames().get(0);
  }

  /**
   * The consumer's side, the only object the stream references. The workers never reach it, so
   * it becomes unreachable when the caller drops the stream, and the cleaner then stops them.
   */
  private static final class Reader implements Iterator<Map<String, AttributeValue>> {
    private final ParallelScan scan;
    private Iterator<Map<String, AttributeValue>> current = Collections.emptyIterator();
    private int segmentsDone;
    private int ownSegment = -1;
    private Map<String, AttributeValue> ownLastKey;

    Reader(ParallelScan scan) {
      this.scan = scan;
    }

    @Override
    public boolean hasNext() {
      scan.lastPullNanos = System.nanoTime();
      while (!current.hasNext()) {
        if (segmentsDone == scan.segments.size()) {
          return false;
        }
        if (scan.stoppedIdle) {
          throw new DynabindException("the parallel scan of " + scan.tableName()
              + " was stopped: nothing was read from it for " + scan.idleLimit
              + " (ScanOptions.idleTimeout), so its workers gave up and dropped the pages they"
              + " held; read it without pausing that long, raise the limit, or start again");
        }
        Signal signal;
        try {
          signal = scan.queue.poll(CALLER_RUNS_AFTER_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          scan.close();
          throw new DynabindException("interrupted while waiting for a page of a parallel scan"
              + " of " + scan.tableName() + "; the scan was stopped", e);
        }
        scan.lastPullNanos = System.nanoTime();
        if (signal == null) {
          if (ownSegment >= 0 || scan.startedWorkers.get() == 0) {
            try {
              readOwnPage();
            } catch (RuntimeException e) {
              scan.close();
              throw e;
            }
          }
          continue;
        }
        if (signal instanceof Items items) {
          current = items.items().iterator();
        } else if (signal instanceof Failed failed) {
          scan.close();
          throw failed.error();
        } else {
          segmentsDone++;
        }
      }
      return true;
    }

    /** The consuming thread reads the next page of the segment it claimed, or claims one. */
    private void readOwnPage() {
      if (ownSegment < 0) {
        int claimed = scan.nextSegment.getAndIncrement();
        if (claimed >= scan.segments.size()) {
          return;
        }
        ownSegment = claimed;
        ownLastKey = null;
      }
      ReadPage page = scan.read(ownSegment, ownLastKey);
      current = page.items().iterator();
      ownLastKey = page.lastKey();
      if (ownLastKey == null) {
        ownSegment = -1;
        segmentsDone++;
      }
    }

    @Override
    public Map<String, AttributeValue> next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return current.next();
    }
  }
}
