package dev.dynabind.runtime;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@link Repository#batchGet(java.util.stream.Stream, StreamReadOptions)} reads a stream of
 * keys: the {@link BatchGetOptions} of each request (consistency, projection), how long a partial
 * batch waits for more keys, and whether items come in input order. Immutable; start from
 * {@link #defaults()} or build one.
 *
 * <pre>{@code
 * try (Stream<User> found = users.batchGet(ids, StreamReadOptions.builder()
 *     .maxBatchWait(Duration.ofMillis(50)).unordered(true).build())) {
 *   found.forEach(this::process);
 * }
 * }</pre>
 */
public final class StreamReadOptions {
  private static final StreamReadOptions DEFAULTS = builder().build();

  private final BatchGetOptions read;
  private final Duration maxBatchWait;
  private final boolean unordered;

  private StreamReadOptions(Builder builder) {
    this.read = builder.read;
    this.maxBatchWait = builder.maxBatchWait;
    this.unordered = builder.unordered;
  }

  /**
   * Eventually consistent reads of whole items, in input order, each request sent once it holds
   * 100 keys or the input ended.
   *
   * @return the default options
   */
  public static StreamReadOptions defaults() {
    return DEFAULTS;
  }

  /**
   * A builder starting from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Consistency and projection of each request.
   *
   * @return the read options
   */
  public BatchGetOptions read() {
    return read;
  }

  /**
   * How long keys wait for more before a partial request is sent, counted from the first key of
   * the request; empty when a request waits for 100 keys or the end of the input.
   *
   * @return the wait, if any
   */
  public Optional<Duration> maxBatchWait() {
    return Optional.ofNullable(maxBatchWait);
  }

  /**
   * Whether items come as their requests finish rather than in input order.
   *
   * @return true when unordered
   */
  public boolean unordered() {
    return unordered;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StreamReadOptions o && read.equals(o.read)
        && Objects.equals(maxBatchWait, o.maxBatchWait) && unordered == o.unordered;
  }

  @Override
  public int hashCode() {
    return Objects.hash(read, maxBatchWait, unordered);
  }

  @Override
  public String toString() {
    return "StreamReadOptions[read=" + read + ", maxBatchWait=" + maxBatchWait
        + ", unordered=" + unordered + "]";
  }

  /** Builds {@link StreamReadOptions}, validating each value as it is set. */
  public static final class Builder {
    private BatchGetOptions read = BatchGetOptions.defaults();
    private Duration maxBatchWait;
    private boolean unordered;

    private Builder() {}

    /**
     * Consistency and projection of each request; {@link BatchGetOptions#defaults()} when not
     * set.
     *
     * @param read the read options
     * @return this builder
     */
    public Builder read(BatchGetOptions read) {
      this.read = Objects.requireNonNull(read, "read");
      return this;
    }

    /**
     * Sends a partial request once its first key has waited this long for more keys, so that a
     * slow or stalled input still yields items. The keys are then pulled on a task of
     * {@link Dynabind#executor()}; when no thread of it starts that task, the consuming thread
     * pulls them itself and the wait counts only between keys.
     *
     * @param maxBatchWait at least 1 ms
     * @return this builder
     */
    public Builder maxBatchWait(Duration maxBatchWait) {
      Objects.requireNonNull(maxBatchWait, "maxBatchWait");
      if (maxBatchWait.compareTo(Duration.ofMillis(1)) < 0) {
        throw new IllegalArgumentException("maxBatchWait must be at least 1 ms: " + maxBatchWait);
      }
      this.maxBatchWait = maxBatchWait;
      return this;
    }

    /**
     * Items as their requests finish rather than in input order: a slow request then holds back
     * only its own items. False when not set.
     *
     * @param unordered whether to give up input order
     * @return this builder
     */
    public Builder unordered(boolean unordered) {
      this.unordered = unordered;
      return this;
    }

    /**
     * Builds the options.
     *
     * @return immutable options
     */
    public StreamReadOptions build() {
      return new StreamReadOptions(this);
    }
  }
}
