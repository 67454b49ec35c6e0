package dev.dynabind.runtime.internal.batch;

import java.util.Iterator;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Pulls the source on a producer task, so that the reading thread can wait for a key with a
 * deadline (a thread blocked in {@link Iterator#hasNext()} cannot time out) and send a partial
 * chunk when the source stalls.
 *
 * <p>The producer runs in bounded runs: it pulls until {@value #CAPACITY} elements wait, then
 * ends and is started again when the reader has taken some, so it never holds a pool thread
 * while the reader is slow, and never blocks on a full queue. Each run goes to the executor as a
 * {@link Handoff}: when no executor thread has started it within a grace period while the
 * reader has nothing else to do, the reader runs it itself, pulling until the queue is full or
 * {@code maxBatchWait} passed (at least one element). So any executor size works; on a busy
 * executor the wait counts between elements only.
 *
 * @param <T> the element type
 */
final class ProducerFeed<T> implements KeyFeed<T> {
  /** Elements pulled ahead of the reader at most: one chunk. */
  static final int CAPACITY = Chunker.MAX_KEYS_PER_GET;
  /** Stands for a null element, which the queue cannot hold. */
  private static final Object NULL = new Object();

  private final Iterator<T> source;
  private final Executor executor;
  private final LinkedBlockingQueue<Object> queue = new LinkedBlockingQueue<>();
  private final AtomicBoolean running = new AtomicBoolean();
  private volatile boolean ended;
  private volatile boolean closed;
  private volatile Handoff current;
  /** How long the reader waits for an executor thread to start the producer. */
  private static final long GRACE_NANOS = TimeUnit.MILLISECONDS.toNanos(10);
  /** How long the producer may stay unstarted before the reader pulls the source itself. */
  private static final long INLINE_AFTER_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

  private final long maxWaitNanos;
  /** Set while the reader runs a producer run itself, which then stops after maxWait. */
  private volatile Thread inlineThread;

  ProducerFeed(Iterator<T> source, Executor executor, long maxWaitNanos) {
    this.source = source;
    this.executor = executor;
    this.maxWaitNanos = maxWaitNanos;
  }

  /** What the source threw, queued in its place. */
  private record Failure(Throwable error) {}

  @Override
  public Object next(long deadline) throws InterruptedException {
    long idle = 0;
    while (true) {
      Object next = queue.poll();
      startProducer(); // a place may just have become free
      if (next != null) {
        return unwrap(next);
      }
      long left = deadline == FOREVER ? GRACE_NANOS : deadline - System.nanoTime();
      if (left > 0) {
        next = queue.poll(Math.min(left, GRACE_NANOS), TimeUnit.NANOSECONDS);
        if (next != null) {
          startProducer();
          return unwrap(next);
        }
      }
      if (deadline != FOREVER) {
        if (deadline - System.nanoTime() <= 0) {
          return NONE; // the reader has something else to do: send a partial chunk, hand out
        }
        continue;
      }
      // The reader has nothing else to do, and no executor thread started the producer within
      // the grace period (the pool is busy, or the reader occupies its only thread): pull here.
      // Not at the first grace period: a loaded machine can take that long to start a thread,
      // and pulling here would make the reader wait on a stalled source itself.
      idle += GRACE_NANOS;
      if (idle < INLINE_AFTER_NANOS) {
        continue;
      }
      Handoff run = current;
      if (run != null && !run.claimed()) {
        inlineThread = Thread.currentThread();
        try {
          run.runHereIfUnclaimed();
        } finally {
          inlineThread = null;
        }
      }
    }
  }

  @Override
  public Object nextPulled() {
    Object next = queue.poll();
    return next == null ? NONE : unwrap(next);
  }

  private static Object unwrap(Object next) {
    if (next instanceof Failure failure) {
      if (failure.error() instanceof Error error) {
        throw error;
      }
      throw (RuntimeException) failure.error();
    }
    return next == NULL ? null : next;
  }

  @Override
  public void close() {
    closed = true;
  }

  private void startProducer() {
    if (!ended && !closed && queue.size() < CAPACITY && running.compareAndSet(false, true)) {
      try {
        current = Handoff.start(executor, this::produce);
      } catch (RejectedExecutionException e) {
        current = Handoff.local(this::produce); // the reader runs it when it needs a key
      }
    }
  }

  /** One producer run; ends when the queue is full, at the end of the source, or on close. */
  private void produce() {
    boolean inline = Thread.currentThread() == inlineThread;
    long started = System.nanoTime();
    while (true) {
      try {
        while (!closed && !ended && queue.size() < CAPACITY) {
          if (!source.hasNext()) {
            ended = true;
            queue.add(END);
            break;
          }
          T element = source.next();
          queue.add(element == null ? NULL : element);
          if (inline && System.nanoTime() - started >= maxWaitNanos) {
            break;
          }
        }
      } catch (RuntimeException | Error e) {
        ended = true;
        queue.add(new Failure(e));
      }
      running.set(false);
      // The reader may have taken an element after our size check and found us still running:
      // go on then, or nobody would pull it. The reader restarts us whenever we are not running.
      if (inline || ended || closed || queue.size() >= CAPACITY
          || !running.compareAndSet(false, true)) {
        return;
      }
    }
  }
}
