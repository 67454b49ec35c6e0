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
   * zero and {@code min(maxDelay, baseDelay * 2^(retry-1))}.
   *
   * @param retry the retry number, from 1
   * @return the delay
   */
  public Duration delayBeforeRetry(int retry) {
    return backoff.computeDelay(retry);
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
     * @param baseDelay positive
     * @return this builder
     */
    public Builder baseDelay(Duration baseDelay) {
      Objects.requireNonNull(baseDelay, "baseDelay");
      if (baseDelay.isNegative() || baseDelay.isZero()) {
        throw new IllegalArgumentException("baseDelay must be > 0, got " + baseDelay);
      }
      this.baseDelay = baseDelay;
      return this;
    }

    /**
     * The cap on any single delay.
     *
     * @param maxDelay positive
     * @return this builder
     */
    public Builder maxDelay(Duration maxDelay) {
      Objects.requireNonNull(maxDelay, "maxDelay");
      if (maxDelay.isNegative() || maxDelay.isZero()) {
        throw new IllegalArgumentException("maxDelay must be > 0, got " + maxDelay);
      }
      this.maxDelay = maxDelay;
      return this;
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
