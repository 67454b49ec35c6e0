package dev.dynabind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  @Test
  void builderRejectsBadValuesAsTheyAreSet() {
    assertThrows(IllegalArgumentException.class, () -> RetryPolicy.builder().maxAttempts(0));
    assertThrows(IllegalArgumentException.class, () -> RetryPolicy.builder().baseDelay(Duration.ZERO));
    assertThrows(IllegalArgumentException.class,
        () -> RetryPolicy.builder().maxDelay(Duration.ofMillis(-1)));
    assertThrows(NullPointerException.class, () -> RetryPolicy.builder().baseDelay(null));
    assertThrows(IllegalArgumentException.class, () -> RetryPolicy.builder()
        .baseDelay(Duration.ofSeconds(2)).maxDelay(Duration.ofSeconds(1)).build());
  }

  @Test
  void builtPolicyIsACopyUnaffectedByLaterBuilderChanges() {
    RetryPolicy.Builder builder = RetryPolicy.builder().maxAttempts(3);
    RetryPolicy policy = builder.build();
    builder.maxAttempts(9);
    assertEquals(3, policy.maxAttempts());
    assertEquals(10, RetryPolicy.defaults().maxAttempts());
  }

  @Test
  void delaysAreFullJitterUnderTheExponentialCap() {
    RetryPolicy policy = RetryPolicy.builder().baseDelay(Duration.ofMillis(10))
        .maxDelay(Duration.ofMillis(80)).build();
    for (int retry = 1; retry <= 8; retry++) {
      long cap = Math.min(80, 10L << (retry - 1));
      for (int i = 0; i < 200; i++) {
        Duration delay = policy.delayBeforeRetry(retry);
        assertTrue(!delay.isNegative() && delay.toMillis() <= cap, retry + ": " + delay);
      }
    }
  }

  @Test
  void eachRetryWaitsUpToTheFullDocumentedCapStartingWithTheFirst() {
    // Retry n waits a uniform random duration in [0, min(maxDelay, baseDelay * 2^(n-1))]: with
    // 2,000 samples the largest comes within 5 % of the cap and the mean within 10 % of half of it.
    RetryPolicy policy = RetryPolicy.builder().baseDelay(Duration.ofMillis(100))
        .maxDelay(Duration.ofMillis(1_000)).build();
    for (int retry = 1; retry <= 6; retry++) {
      long cap = Math.min(1_000, 100L << (retry - 1));
      long max = 0;
      long sum = 0;
      int samples = 2_000;
      for (int i = 0; i < samples; i++) {
        long millis = policy.delayBeforeRetry(retry).toMillis();
        assertTrue(millis >= 0 && millis <= cap, "retry " + retry + ": " + millis + " > " + cap);
        max = Math.max(max, millis);
        sum += millis;
      }
      double mean = (double) sum / samples;
      assertTrue(max >= cap * 0.95, "retry " + retry + " reaches its cap " + cap + ": " + max);
      assertTrue(Math.abs(mean - cap / 2.0) <= cap * 0.1,
          "retry " + retry + " mean " + mean + " near " + cap / 2.0);
    }
    assertThrows(IllegalArgumentException.class, () -> policy.delayBeforeRetry(0));
    assertTrue(policy.delayBeforeRetry(Integer.MAX_VALUE).toMillis() <= 1_000);
  }

  @Test
  void delaysUnderOneMillisecondAreRefusedWhenSetNotAtTheFirstRetry() {
    IllegalArgumentException base = assertThrows(IllegalArgumentException.class,
        () -> RetryPolicy.builder().baseDelay(Duration.ofNanos(500_000)));
    assertTrue(base.getMessage().contains("baseDelay") && base.getMessage().contains("1 ms"),
        base.getMessage());
    IllegalArgumentException max = assertThrows(IllegalArgumentException.class,
        () -> RetryPolicy.builder().maxDelay(Duration.ofNanos(999_999)));
    assertTrue(max.getMessage().contains("maxDelay"), max.getMessage());
    RetryPolicy smallest = RetryPolicy.builder().baseDelay(Duration.ofMillis(1))
        .maxDelay(Duration.ofMillis(1)).build();
    assertEquals(Duration.ZERO, smallest.delayBeforeRetry(1), "[0, 1 ms) in whole milliseconds");
  }
}
