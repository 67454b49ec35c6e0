package dev.dynabind.runtime.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Time key texts sort as their values do, and read back through each type's own parse. */
class TimeKeysTest {
  private static final long FIRST = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
  private static final long LAST = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();

  private static <T extends Comparable<? super T>> void assertTextOrderIsValueOrder(
      List<T> values, Function<T, String> key, Function<String, T> parse) {
    for (T value : values) {
      assertEquals(value, parse.apply(key.apply(value)), key.apply(value));
    }
    List<T> byValue = new ArrayList<>(values);
    byValue.sort(null);
    List<T> byText = new ArrayList<>(values);
    byText.sort((a, b) -> key.apply(a).compareTo(key.apply(b)));
    assertEquals(byValue, byText);
  }

  @Test
  void instantKeyTextSortsInTimeOrderAndParsesBack() {
    SplittableRandom random = new SplittableRandom(11L);
    Instant t0 = Instant.parse("2024-01-01T00:00:00Z");
    List<Instant> values = new ArrayList<>(List.of(t0, t0.plusMillis(500), t0.plusSeconds(1),
        t0.plusNanos(1), Instant.ofEpochSecond(FIRST), Instant.ofEpochSecond(LAST, 999_999_999)));
    for (int i = 0; i < 2_000; i++) {
      int nano = i % 2 == 0 ? random.nextInt(1000) * 1_000_000 : random.nextInt(1_000_000_000);
      values.add(Instant.ofEpochSecond(random.nextLong(FIRST, LAST), i % 3 == 0 ? 0 : nano));
    }
    assertTextOrderIsValueOrder(values, v -> TimeKeys.instant("t", "at", v).s(), Instant::parse);
    assertEquals("2024-01-01T00:00:00.000000000Z", TimeKeys.instant("t", "at", t0).s());
  }

  @Test
  void localTimeAndDateTimeKeyTextsSortInTimeOrder() {
    SplittableRandom random = new SplittableRandom(7L);
    List<LocalTime> times = new ArrayList<>(List.of(LocalTime.of(10, 15), LocalTime.of(10, 15, 30),
        LocalTime.of(10, 15, 0, 500_000_000), LocalTime.MIDNIGHT, LocalTime.MAX));
    for (int i = 0; i < 2_000; i++) {
      // Few distinct minutes and seconds, so that texts of every width meet.
      int nano = switch (i % 4) {
        case 0 -> 0;
        case 1 -> random.nextInt(1000) * 1_000_000;
        case 2 -> random.nextInt(1_000_000) * 1_000;
        default -> random.nextInt(1_000_000_000);
      };
      times.add(LocalTime.of(10, random.nextInt(2), i % 5 == 0 ? 0 : random.nextInt(3),
          i % 5 == 0 ? 0 : nano));
    }
    assertTextOrderIsValueOrder(times, v -> TimeKeys.localTime("t", "c", v).s(),
        LocalTime::parse);
    LocalDateTime noon = LocalDateTime.of(2024, 2, 29, 12, 0);
    List<LocalDateTime> dateTimes = List.of(noon, noon.plusNanos(1), noon.plusSeconds(30),
        noon.minusYears(2000), LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_999));
    assertTextOrderIsValueOrder(dateTimes, v -> TimeKeys.localDateTime("t", "c", v).s(),
        LocalDateTime::parse);
    assertEquals("2024-02-29T12:00", TimeKeys.localDateTime("t", "c", noon).s(), "unchanged");
  }

  @Test
  void dateYearAndYearMonthKeysHaveFourDigitYears() {
    assertTextOrderIsValueOrder(List.of(LocalDate.of(5, 1, 1), LocalDate.of(2024, 1, 1),
        LocalDate.of(999, 12, 31)), v -> TimeKeys.localDate("t", "c", v).s(), LocalDate::parse);
    assertTextOrderIsValueOrder(List.of(Year.of(5), Year.of(10), Year.of(2024), Year.of(9999)),
        v -> TimeKeys.year("t", "c", v).s(), Year::parse);
    assertTextOrderIsValueOrder(List.of(YearMonth.of(5, 3), YearMonth.of(2024, 11)),
        v -> TimeKeys.yearMonth("t", "c", v).s(), YearMonth::parse);
    assertEquals("0005", TimeKeys.year("t", "c", Year.of(5)).s());
  }

  @Test
  void timeKeysOutsideYears0000To9999OrNullAreRefusedNamingTheComponent() {
    List<Runnable> refused = List.of(
        () -> TimeKeys.instant("t", "at", Instant.ofEpochSecond(LAST + 1)),
        () -> TimeKeys.instant("t", "at", Instant.ofEpochSecond(FIRST - 1)),
        () -> TimeKeys.localDate("t", "at", LocalDate.of(-1, 1, 1)),
        () -> TimeKeys.localDateTime("t", "at", LocalDateTime.of(10_000, 1, 1, 0, 0)),
        () -> TimeKeys.year("t", "at", Year.of(10_000)),
        () -> TimeKeys.yearMonth("t", "at", YearMonth.of(-5, 1)),
        () -> TimeKeys.localTime("t", "at", null));
    for (Runnable call : refused) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call::run);
      assertTrue(e.getMessage().contains("'at'") && e.getMessage().contains("'t'"),
          e.getMessage());
    }
  }
}
