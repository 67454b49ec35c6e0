package dev.dynabind.runtime.internal.codec;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Writes and reads {@link Instant} as the exact text of {@link Instant#toString()} and
 * {@link Instant#parse}, without {@code DateTimeFormatter} for years 0000 to 9999.
 *
 * <p>Why by hand: {@code Instant.parse} builds a parse context and a field map per call and was
 * the largest single cost of decoding a typical item in the codec benchmark. Anything outside the
 * canonical {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z} form (other years, leap seconds, offsets,
 * malformed text) goes to the JDK, so results and errors match it exactly.
 */
public final class InstantText {
  private static final long SECONDS_PER_DAY = 86_400L;
  /** 0000-01-01T00:00:00Z. */
  private static final long FIRST_FAST_SECOND = -62_167_219_200L;
  /** 9999-12-31T23:59:59Z. */
  private static final long LAST_FAST_SECOND = 253_402_300_799L;
  private static final int[] POWERS_OF_TEN = {
      1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000};

  private InstantText() {}

  /** Same text as {@code instant.toString()}. */
  public static String format(Instant instant) {
    long seconds = instant.getEpochSecond();
    if (seconds < FIRST_FAST_SECOND || seconds > LAST_FAST_SECOND) {
      return instant.toString();
    }
    int nano = instant.getNano();
    // Instant.toString prints 0, 3, 6 or 9 fraction digits: the fewest that lose nothing.
    return format(seconds, nano,
        nano == 0 ? 0 : nano % 1_000_000 == 0 ? 3 : nano % 1_000 == 0 ? 6 : 9);
  }

  /**
   * The fixed-width text {@code yyyy-MM-ddTHH:mm:ss.nnnnnnnnnZ}, whose byte order is time order;
   * {@code Instant.parse} reads it back.
   *
   * @return the text, or null when the year is outside 0000 to 9999, where no fixed width holds
   */
  public static String formatSortable(Instant instant) {
    long seconds = instant.getEpochSecond();
    if (seconds < FIRST_FAST_SECOND || seconds > LAST_FAST_SECOND) {
      return null;
    }
    return format(seconds, instant.getNano(), 9);
  }

  private static String format(long seconds, int nano, int fractionDigits) {
    LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(seconds, SECONDS_PER_DAY));
    int secondOfDay = (int) Math.floorMod(seconds, SECONDS_PER_DAY);
    char[] out = new char[20 + (fractionDigits == 0 ? 0 : fractionDigits + 1)];
    digits(out, 0, date.getYear(), 4);
    out[4] = '-';
    digits(out, 5, date.getMonthValue(), 2);
    out[7] = '-';
    digits(out, 8, date.getDayOfMonth(), 2);
    out[10] = 'T';
    digits(out, 11, secondOfDay / 3600, 2);
    out[13] = ':';
    digits(out, 14, secondOfDay / 60 % 60, 2);
    out[16] = ':';
    digits(out, 17, secondOfDay % 60, 2);
    int end = 19;
    if (fractionDigits > 0) {
      out[19] = '.';
      digits(out, 20, nano / POWERS_OF_TEN[9 - fractionDigits], fractionDigits);
      end = 20 + fractionDigits;
    }
    out[end] = 'Z';
    return new String(out);
  }

  /**
   * Same result as {@code Instant.parse(text)}, and the same exception for text it rejects.
   *
   * @throws java.time.format.DateTimeParseException when {@code Instant.parse} would
   */
  public static Instant parse(CharSequence text) {
    int length = text.length();
    if (length < 20 || length == 21 || length > 30 || text.charAt(length - 1) != 'Z'
        || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
        || text.charAt(13) != ':' || text.charAt(16) != ':'
        || (length > 20 && text.charAt(19) != '.')) {
      return Instant.parse(text);
    }
    int year = number(text, 0, 4);
    int month = number(text, 5, 2);
    int day = number(text, 8, 2);
    int hour = number(text, 11, 2);
    int minute = number(text, 14, 2);
    int second = number(text, 17, 2);
    int fractionDigits = length > 20 ? length - 21 : 0;
    int fraction = fractionDigits == 0 ? 0 : number(text, 20, fractionDigits);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23
        || minute < 0 || minute > 59 || second < 0 || second > 59 || fraction < 0) {
      return Instant.parse(text);
    }
    long epochDay;
    try {
      epochDay = LocalDate.of(year, month, day).toEpochDay();
    } catch (DateTimeException invalidDate) {
      return Instant.parse(text);
    }
    long seconds = epochDay * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second;
    return Instant.ofEpochSecond(seconds, (long) fraction * POWERS_OF_TEN[9 - fractionDigits]);
  }

  private static void digits(char[] out, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      out[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }

  /** The decimal value of {@code width} ASCII digits at {@code at}, or -1 if any is not one. */
  private static int number(CharSequence text, int at, int width) {
    int value = 0;
    for (int i = at; i < at + width; i++) {
      int digit = text.charAt(i) - '0';
      if (digit < 0 || digit > 9) {
        return -1;
      }
      value = value * 10 + digit;
    }
    return value;
  }
}
