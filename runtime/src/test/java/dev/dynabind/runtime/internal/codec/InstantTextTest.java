package dev.dynabind.runtime.internal.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The JDK is the oracle: every text and every error must be what Instant itself gives. */
class InstantTextTest {
  private static final long FIRST = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
  private static final long LAST = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();

  @Test
  void formatsAndParsesLikeTheJdkAcrossTheFastRangeAndBeyond() {
    SplittableRandom random = new SplittableRandom(20261121L);
    for (int i = 0; i < 200_000; i++) {
      long seconds = i % 10 == 0
          ? random.nextLong(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond())
          : random.nextLong(FIRST - 1000, LAST + 1000);
      int nano = switch (i % 4) {
        case 0 -> 0;
        case 1 -> random.nextInt(1000) * 1_000_000;
        case 2 -> random.nextInt(1_000_000) * 1_000;
        default -> random.nextInt(1_000_000_000);
      };
      assertSameAsJdk(Instant.ofEpochSecond(seconds, nano));
    }
  }

  @Test
  void formatsAndParsesTheEdgesOfTheFastRange() {
    for (long seconds : new long[] {FIRST - 1, FIRST, -1, 0, 1, 951_782_400L, LAST, LAST + 1}) {
      for (int nano : new int[] {0, 1, 999_999_999, 1_000, 1_000_000, 500_000_000}) {
        assertSameAsJdk(Instant.ofEpochSecond(seconds, nano));
      }
    }
    assertSameAsJdk(Instant.MIN);
    assertSameAsJdk(Instant.MAX);
  }

  @Test
  void parsesEveryFractionLengthTheJdkAccepts() {
    String digits = "123456789";
    for (int n = 1; n <= 9; n++) {
      String text = "2024-02-29T12:34:56." + digits.substring(0, n) + "Z";
      assertEquals(Instant.parse(text), InstantText.parse(text), text);
    }
  }

  @Test
  void leavesNonCanonicalTextToTheJdk() {
    for (String text : List.of("2024-06-30T23:59:60Z", "2024-02-29t12:34:56z",
        "+10000-01-01T00:00:00Z", "-0001-12-31T23:59:59Z", "2024-02-29T12:34:56+02:00")) {
      assertSameResultOrError(text);
    }
  }

  @Test
  void rejectsWhatTheJdkRejectsWithTheSameException() {
    for (String text : List.of("", "2024-02-30T00:00:00Z", "2023-02-29T00:00:00Z",
        "2024-13-01T00:00:00Z", "2024-00-01T00:00:00Z", "2024-01-00T00:00:00Z",
        "2024-01-01T24:00:00Z", "2024-01-01T23:60:00Z", "2024-01-01T00:00:61Z",
        "2024-01-01T00:00:00.Z", "2024-01-01T00:00:00.1234567890Z", "2024-01-01T00:00:00",
        "2024-01-01 00:00:00Z", "20x4-01-01T00:00:00Z", "2024-01-01T00:00:00.12a4Z",
        "2024-1-01T00:00:00Z", "not an instant at all")) {
      assertSameResultOrError(text);
    }
  }

  private static void assertSameAsJdk(Instant instant) {
    String text = instant.toString();
    assertEquals(text, InstantText.format(instant), () -> "format of " + text);
    assertEquals(instant, InstantText.parse(text), () -> "parse of " + text);
  }

  private static void assertSameResultOrError(String text) {
    Instant expected;
    try {
      expected = Instant.parse(text);
    } catch (DateTimeParseException jdkError) {
      DateTimeParseException ours =
          assertThrows(DateTimeParseException.class, () -> InstantText.parse(text), text);
      assertEquals(jdkError.getMessage(), ours.getMessage(), text);
      return;
    }
    assertEquals(expected, InstantText.parse(text), text);
  }
}
