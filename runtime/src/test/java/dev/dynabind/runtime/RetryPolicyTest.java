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
}
