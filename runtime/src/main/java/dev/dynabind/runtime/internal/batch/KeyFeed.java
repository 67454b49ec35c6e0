package dev.dynabind.runtime.internal.batch;

import java.util.Iterator;

/**
 * Where a {@link StreamReader} takes its keys from: the caller's source, pulled either by the
 * reading thread itself ({@link #direct}) or by a producer task ({@link ProducerFeed}), which is
 * what lets the reader send a partial chunk while the source blocks.
 *
 * @param <T> the element type
 */
interface KeyFeed<T> {
  /** Returned by {@link #next} when no key came before the deadline. */
  Object NONE = new Object();
  /** Returned by {@link #next} at the end of the source. */
  Object END = new Object();
  /** Passed to {@link #next} to wait as long as it takes. */
  long FOREVER = Long.MAX_VALUE;

  /**
   * The next element, {@link #NONE} or {@link #END}.
   *
   * @param deadline a {@link System#nanoTime()} after which to stop waiting, or {@link #FOREVER}
   * @return the element (possibly null), NONE or END
   * @throws InterruptedException when the waiting thread was interrupted
   * @throws RuntimeException what the source threw, as itself
   */
  Object next(long deadline) throws InterruptedException;

  /**
   * An element already pulled from the source, without pulling more: when the call stops, these
   * are reported as not read rather than forgotten.
   *
   * @return the element, NONE or END
   */
  Object nextPulled();

  /** Pulls nothing more. */
  void close();

  /**
   * A feed pulled by the reading thread: no thread hand-off, but a source that blocks blocks the
   * reader, so deadlines only count between elements.
   *
   * @param source the elements
   * @param <T> the element type
   * @return the feed
   */
  static <T> KeyFeed<T> direct(Iterator<T> source) {
    return new KeyFeed<>() {
      private boolean closed;

      @Override
      public Object next(long deadline) {
        return !closed && source.hasNext() ? source.next() : END;
      }

      @Override
      public Object nextPulled() {
        return NONE;
      }

      @Override
      public void close() {
        closed = true;
      }
    };
  }
}
