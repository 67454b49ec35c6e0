package dev.dynabind.runtime;

import java.time.Duration;
import java.util.Objects;
import software.amazon.awssdk.retries.api.BackoffStrategy;

/**
 * How often and how patiently Dynabind retries unprocessed items, throttling and server errors:
 * exponential backoff with full jitter, computed by the SDK's own {@link BackoffStrategy}.
 * Immutable; build one with {@link #builder()}.
 *
 * <pre>{@code
 * RetryPolicy policy = RetryPolicy.builder().maxAttempts(8).baseDelay(Duration.ofMillis(25)).build();
 * }</pre>
 */
public final class RetryPolicy {
  private static final RetryPolicy DEFAULTS = builder().build();
  /** The SDK's strategy doubles at most this often (its delays are int milliseconds). */
  private static final int MAX_DOUBLINGS = 30;
  private static final Duration ONE_MILLISECOND = Duration.ofMillis(1);

  private final int maxAttempts;
  private final Duration baseDelay;
  private final Duration maxDelay;
  private final BackoffStrategy backoff;

  private RetryPolicy(Builder builder) {
    this.maxAttempts = builder.maxAttempts;
    this.baseDelay = builder.baseDelay;
    this.maxDelay = builder.maxDelay;
    this.backoff = BackoffStrategy.exponentialDelay(baseDelay, maxDelay);
  }

  /**
   * Ten attempts, 25 ms base delay, 2 s maximum delay.
   *
   * @return the default policy
   */
  public static RetryPolicy defaults() {
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
   * Attempts per request, the first one included.
   *
   * @return at least 1
   */
  public int maxAttempts() {
    return maxAttempts;
  }

  /**
   * The delay scale of the first retry.
   *
   * @return the base delay
   */
  public Duration baseDelay() {
    return baseDelay;
  }

  /**
   * The cap on any single delay.
   *
   * @return the maximum delay
   */
  public Duration maxDelay() {
    return maxDelay;
  }

  /**
   * The delay before retry number {@code retry} (1 for the first retry): a random duration between
   * zero and {@code min(maxDelay, baseDelay * 2^(retry-1))}, in whole milliseconds.
   *
   * @param retry the retry number, from 1
   * @return the delay
   * @throws IllegalArgumentException when {@code retry} is below 1
   */
  public Duration delayBeforeRetry(int retry) {
    if (retry < 1) {
      throw new IllegalArgumentException("retry must be >= 1, got " + retry);
    }
    // The SDK numbers attempts, not retries: its attempt 1 is the first request and waits zero,
    // so retry n is its attempt n + 1. It stops doubling long before an int overflows, so the
    // cap only keeps the + 1 from overflowing.
    return backoff.computeDelay(Math.min(retry, MAX_DOUBLINGS) + 1);
  }

  /** Builds a {@link RetryPolicy}, validating each value as it is set. */
  public static final class Builder {
    private int maxAttempts = 10;
    private Duration baseDelay = Duration.ofMillis(25);
    private Duration maxDelay = Duration.ofSeconds(2);

    private Builder() {}

    /**
     * Attempts per request, the first one included.
     *
     * @param maxAttempts at least 1
     * @return this builder
     */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be >= 1, got " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * The delay scale of the first retry.
     *
     * @param baseDelay at least one millisecond
     * @return this builder
     */
    public Builder baseDelay(Duration baseDelay) {
      this.baseDelay = atLeastOneMillisecond(baseDelay, "baseDelay");
      return this;
    }

    /**
     * The cap on any single delay.
     *
     * @param maxDelay at least one millisecond
     * @return this builder
     */
    public Builder maxDelay(Duration maxDelay) {
      this.maxDelay = atLeastOneMillisecond(maxDelay, "maxDelay");
      return this;
    }

    /**
     * The SDK's strategy draws whole milliseconds below the cap, so a cap under one millisecond
     * has nothing to draw from and fails at the first retry, after part of a call was written.
     */
    private static Duration atLeastOneMillisecond(Duration delay, String name) {
      Objects.requireNonNull(delay, name);
      if (delay.compareTo(ONE_MILLISECOND) < 0) {
        throw new IllegalArgumentException(
            name + " must be at least 1 ms (delays are whole milliseconds), got " + delay);
      }
      return delay;
    }

    /**
     * Builds the policy.
     *
     * @return an immutable policy
     * @throws IllegalArgumentException when maxDelay is below baseDelay
     */
    public RetryPolicy build() {
      if (maxDelay.compareTo(baseDelay) < 0) {
        throw new IllegalArgumentException(
            "maxDelay (" + maxDelay + ") must be >= baseDelay (" + baseDelay + ")");
      }
      return new RetryPolicy(this);
    }
  }
}
