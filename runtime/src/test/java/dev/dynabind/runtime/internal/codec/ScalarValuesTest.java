package dev.dynabind.runtime.internal.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Values from the reused builders must be indistinguishable from the SDK's own factories. */
class ScalarValuesTest {

  @Test
  void interleavedStringsAndNumbersEqualTheSdkFactoriesAndStayIndependent() {
    AttributeValue first = ScalarValues.s("alpha");
    AttributeValue number = ScalarValues.n("42");
    AttributeValue second = ScalarValues.s("beta");

    assertSameAs(AttributeValue.fromS("alpha"), first);
    assertSameAs(AttributeValue.fromN("42"), number);
    assertSameAs(AttributeValue.fromS("beta"), second);
    assertNull(number.s());
    assertNull(first.n());
  }

  @Test
  void threadsEncodingAtOnceNeverSeeEachOthersValues() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> runs = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        String prefix = "thread-" + t + "-";
        runs.add(pool.submit(() -> {
          for (int i = 0; i < 50_000; i++) {
            assertEquals(prefix + i, ScalarValues.s(prefix + i).s());
            assertEquals(Integer.toString(i), ScalarValues.n(Integer.toString(i)).n());
          }
        }));
      }
      for (Future<?> run : runs) {
        run.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static void assertSameAs(AttributeValue expected, AttributeValue actual) {
    assertEquals(expected, actual);
    assertEquals(expected.hashCode(), actual.hashCode());
    assertEquals(expected.type(), actual.type());
    assertEquals(expected.toString(), actual.toString());
  }
}
