package dev.dynabind.runtime.internal.batch;

import dev.dynabind.runtime.internal.table.ItemId;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A lazy batch read of a stream of keys: keys are pulled as results are taken, sent in chunks of
 * up to 100 through the {@link Dispatcher} and {@link BatchGetExecutor} (so parallelism,
 * retries, hand-offs and interrupts are those of every batch call), and their items handed out
 * chunk by chunk, in input order or as chunks finish.
 *
 * <p>Memory: a chunk is only sent while fewer than {@code concurrency} sent chunks wait to be
 * handed out, so at most {@code (concurrency + 3) * 100} keys are held (up to 100 pulled ahead by
 * the feed, the chunk being filled, the chunks sent, the chunk being handed out) and at most
 * {@code (concurrency + 1) * 100} items; plus the ids of the de-duplication window and the keys
 * not read, kept for the report.
 *
 * <p>One instance per stream, driven by the thread that consumes and closes it.
 *
 * @param <T> the element (key) type
 */
public final class StreamReader<T> {
  /** What {@link #next} returns once every item was handed out. */
  public static final Object END = new Object();

  /** Turns a found item into what the stream hands out, on the chunk's thread; must not throw. */
  @FunctionalInterface
  public interface Decoder {
    /**
     * Decodes one item.
     *
     * @param id the key it was read under
     * @param item the item as DynamoDB returned it
     * @return the value to hand out
     */
    Object decode(ItemId id, Map<String, AttributeValue> item);
  }

  private final BatchSettings settings;
  private final KeyFeed<T> feed;
  private final Function<T, ReadOp> validate;
  private final Decoder decoder;
  private final boolean ordered;
  private final long maxWaitNanos;
  /** The most recent distinct keys taken: a key seen again among them is not read again. */
  private final Map<ItemId, Boolean> window;
  /** Chunks sent and not yet handed out, in the order sent. */
  private final ArrayDeque<Sent> sent = new ArrayDeque<>();
  /** Unordered mode: chunks as they finish. */
  private final LinkedBlockingQueue<Sent> finished = new LinkedBlockingQueue<>();
  private Dispatcher dispatcher;
  private List<ReadOp> filling = new ArrayList<>();
  private long fillingSince;
  private Iterator<Object> handingOut = Collections.emptyIterator();
  private boolean inputEnded;
  private volatile boolean closed;
  private Outcome outcome;
  private int taken;
  private int batch;

  /**
   * A reader; nothing is pulled or sent before the first {@link #next}.
   *
   * @param settings the call's settings
   * @param source the keys, pulled lazily
   * @param validate turns a key into a read, or throws IllegalArgumentException
   * @param decoder decodes found items
   * @param ordered hand items out in input order; else as chunks finish
   * @param maxBatchWait how long a partial chunk waits for more keys, or null to wait for 100
   *     keys or the end of the input
   */
  public StreamReader(BatchSettings settings, Iterator<T> source, Function<T, ReadOp> validate,
      Decoder decoder, boolean ordered, Duration maxBatchWait) {
    this.settings = settings;
    this.feed = maxBatchWait == null
        ? KeyFeed.direct(source) : new ProducerFeed<>(source, settings.executor(),
            maxBatchWait.toNanos());
    this.validate = validate;
    this.decoder = decoder;
    this.ordered = ordered;
    this.maxWaitNanos = maxBatchWait == null ? 0 : maxBatchWait.toNanos();
    int windowSize = windowSize(settings.concurrency());
    this.window = new LinkedHashMap<>(16, 0.75f, false) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<ItemId, Boolean> eldest) {
        return size() > windowSize;
      }
    };
  }

  /**
   * How many distinct keys a stream read remembers to read a repeated key once.
   *
   * @param concurrency chunks in flight at once
   * @return {@code (concurrency + 1) * 100}
   */
  public static int windowSize(int concurrency) {
    return (concurrency + 1) * Chunker.MAX_KEYS_PER_GET;
  }

  /**
   * The next value to hand out, waiting for it; {@link #END} once everything read was handed out
   * (then {@link #outcome()} says what was not read), or after {@link #close}.
   *
   * @return a decoded value or END
   */
  public Object next() {
    if (dispatcher == null) {
      dispatcher = new Dispatcher(settings);
    }
    while (true) {
      if (handingOut.hasNext()) {
        return handingOut.next();
      }
      if (closed || outcome != null) {
        return END;
      }
      Sent ready = readyNow();
      if (ready == null && !inputEnded && sent.size() < settings.concurrency() && intake()) {
        continue;
      }
      if (ready == null && !sent.isEmpty()) {
        ready = awaitReady();
      }
      if (ready != null) {
        handOut(ready);
      } else if (inputEnded && sent.isEmpty()) {
        outcome = dispatcher.finish();
      }
    }
  }

  /**
   * What was not read, once {@link #next} returned {@link #END}; null when the stream was closed
   * before its end.
   *
   * @return the outcome, or null
   */
  public Outcome outcome() {
    return closed ? null : outcome;
  }

  /**
   * How many keys were taken from the source so far, repeats included.
   *
   * @return the count
   */
  public int taken() {
    return taken;
  }

  /**
   * Stops the read: nothing more is pulled or sent; returns once the requests under way were
   * answered, so none goes out afterwards. What was not read is not reported.
   */
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    feed.close();
    if (dispatcher != null && outcome == null) {
      dispatcher.stopBecauseFailed();
      dispatcher.finish();
    }
  }

  /**
   * Takes keys until the chunk being filled is sent or no key is there yet.
   *
   * @return false when the caller should wait for a sent chunk instead
   */
  private boolean intake() {
    if (dispatcher.stopping()) {
      stopIntake();
      return true;
    }
    if (!filling.isEmpty() && maxWaitNanos > 0
        && System.nanoTime() - (fillingSince + maxWaitNanos) >= 0) {
      submitFilling();
      return true;
    }
    long deadline = !sent.isEmpty() ? System.nanoTime()
        : maxWaitNanos > 0 && !filling.isEmpty() ? fillingSince + maxWaitNanos
        : KeyFeed.FOREVER;
    Object next;
    try {
      next = feed.next(deadline);
    } catch (InterruptedException e) {
      dispatcher.stopBecauseInterrupted();
      return true;
    } catch (RuntimeException | Error e) {
      // The keys taken before the failure are read and handed out; then the failure is thrown.
      dispatcher.callerFailed(e);
      endIntake();
      return true;
    }
    if (next == KeyFeed.END) {
      endIntake();
      return true;
    }
    if (next == KeyFeed.NONE) {
      if (!filling.isEmpty() && maxWaitNanos > 0
          && System.nanoTime() - (fillingSince + maxWaitNanos) >= 0) {
        submitFilling();
        return true;
      }
      return sent.isEmpty();
    }
    take(next);
    return true;
  }

  @SuppressWarnings("unchecked") // the feed hands out the source's elements
  private void take(Object element) {
    taken++;
    ReadOp read;
    try {
      read = validate.apply((T) element);
    } catch (RuntimeException | Error e) {
      dispatcher.callerFailed(e);
      endIntake();
      return;
    }
    if (window.containsKey(read.id())) {
      return;
    }
    window.put(read.id(), Boolean.TRUE);
    if (filling.isEmpty()) {
      fillingSince = System.nanoTime();
    }
    filling.add(read);
    if (filling.size() == Chunker.MAX_KEYS_PER_GET) {
      submitFilling();
    }
  }

  /** The input ended, failed or was refused: pull no more, send what was taken. */
  private void endIntake() {
    inputEnded = true;
    feed.close();
    submitFilling();
  }

  /**
   * The call is stopping (an interrupt, an error that retrying cannot cure): keys already pulled
   * from the source are taken too, so that the report lists them as not read.
   */
  private void stopIntake() {
    feed.close();
    while (!inputEnded) {
      Object next;
      try {
        next = feed.nextPulled();
      } catch (RuntimeException | Error e) {
        dispatcher.callerFailed(e);
        break;
      }
      if (next == KeyFeed.NONE || next == KeyFeed.END) {
        break;
      }
      take(next);
    }
    endIntake();
  }

  private void submitFilling() {
    if (filling.isEmpty()) {
      return;
    }
    List<ReadOp> chunk = filling;
    filling = new ArrayList<>();
    Sent chunkSent = new Sent(chunk);
    int number = ++batch;
    FoundItems found = (id, item) -> chunkSent.found.put(id, decoder.decode(id, item));
    chunkSent.chunk = dispatcher.submit(chunk,
        () -> new BatchGetExecutor(settings, dispatcher, number, chunk, found).run());
    sent.add(chunkSent);
    if (!ordered) {
      chunkSent.chunk.whenDone(() -> finished.add(chunkSent));
    }
  }

  /** A sent chunk that may be handed out now, or null. */
  private Sent readyNow() {
    if (ordered) {
      Sent head = sent.peekFirst();
      return head != null && head.chunk.done() ? head : null;
    }
    return finished.poll();
  }

  /** Waits for a sent chunk to finish, running unstarted chunks here meanwhile. */
  private Sent awaitReady() {
    if (ordered) {
      Sent head = sent.peekFirst();
      dispatcher.await(head.chunk);
      return head;
    }
    while (true) {
      Sent next = finished.poll();
      if (next != null) {
        return next;
      }
      if (dispatcher.runOneUnstarted()) {
        continue;
      }
      try {
        // Every chunk not handed out is running on some thread, so one will finish.
        return finished.take();
      } catch (InterruptedException e) {
        dispatcher.stopBecauseInterrupted();
      }
    }
  }

  private void handOut(Sent chunk) {
    sent.remove(chunk);
    List<Object> values = new ArrayList<>(chunk.found.size());
    for (ReadOp read : chunk.reads) {
      Object value = chunk.found.get(read.id());
      if (value != null) {
        values.add(value);
      }
    }
    handingOut = values.iterator();
  }

  /** One sent chunk: its reads in input order and the items found, by key. */
  private static final class Sent {
    final List<ReadOp> reads;
    final Map<ItemId, Object> found = new ConcurrentHashMap<>();
    Chunk chunk;

    Sent(List<ReadOp> reads) {
      this.reads = reads;
    }
  }
}
