package dev.dynabind.runtime.spi;

import dev.dynabind.runtime.internal.codec.InstantText;
import dev.dynabind.runtime.internal.codec.ScalarValues;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Key encoders for time values, called by generated codecs and repositories for key components
 * (partition and sort keys alike). DynamoDB orders a sort key by its bytes, so a time key is
 * stored as ISO-8601 text whose byte order is time order: an {@code Instant} always with nine
 * fraction digits ({@code 2024-01-01T00:00:00.000000000Z}, where {@code Instant.toString()} writes
 * {@code 2024-01-01T00:00:00Z}, which sorts after {@code 2024-01-01T00:00:00.500Z} because of
 * the {@code Z}), four-digit years. Only years 0000 to 9999 have such a form (a fifth digit or a
 * sign breaks the order), so other years are refused.
 *
 * <p>Every form is what the type's {@code parse} reads, and what the Enhanced Client reads, so
 * decoding is unchanged; non-key attributes keep the shorter {@code toString()} form.
 * {@code MonthDay} keys keep {@code toString()}, which is already fixed-width. The processor
 * refuses, as sort keys, the time types without an order-preserving text: {@code OffsetDateTime},
 * {@code ZonedDateTime}, {@code Duration}, {@code Period}, {@code ZoneId} and {@code ZoneOffset}.
 */
public final class TimeKeys {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd");
  private static final DateTimeFormatter YEAR_MONTH = DateTimeFormatter.ofPattern("uuuu-MM");

  private TimeKeys() {}

  /**
   * An {@link Instant} key: {@code yyyy-MM-ddTHH:mm:ss.nnnnnnnnnZ}.
   *
   * @param table the table, for the message
   * @param component the component, for the message
   * @param value the key value
   * @return the S attribute
   * @throws IllegalArgumentException when the value is null or outside years 0000 to 9999
   */
  public static AttributeValue instant(String table, String component, Instant value) {
    String text = value == null ? null : InstantText.formatSortable(value);
    return checked(table, component, value, text);
  }

  /**
   * A {@link LocalDate} key: {@code yyyy-MM-dd}, the same as {@code toString()} in range.
   *
   * @param table the table, for the message
   * @param component the component, for the message
   * @param value the key value
   * @return the S attribute
   * @throws IllegalArgumentException when the value is null or outside years 0000 to 9999
   */
  public static AttributeValue localDate(String table, String component, LocalDate value) {
    return checked(table, component, value,
        value != null && inRange(value.getYear()) ? DATE.format(value) : null);
  }

  /**
   * A {@link LocalDateTime} key: its {@code toString()}, which sorts in time order for years 0000
   * to 9999 (seconds and fraction groups are only left out when zero, and a shorter text is then
   * a prefix of every later one of the same minute or second).
   *
   * @param table the table, for the message
   * @param component the component, for the message
   * @param value the key value
   * @return the S attribute
   * @throws IllegalArgumentException when the value is null or outside years 0000 to 9999
   */
  public static AttributeValue localDateTime(String table, String component, LocalDateTime value) {
    return checked(table, component, value,
        value != null && inRange(value.getYear()) ? value.toString() : null);
  }

  /**
   * A {@link LocalTime} key: its {@code toString()}, which sorts in time order ({@code 10:15} is a
   * prefix of, so sorts before, {@code 10:15:30}); here only for the null check, so that every
   * time key goes through one class.
   *
   * @param table the table, for the message
   * @param component the component, for the message
   * @param value the key value
   * @return the S attribute
   * @throws IllegalArgumentException when the value is null
   */
  public static AttributeValue localTime(String table, String component, LocalTime value) {
    return checked(table, component, value, value == null ? null : value.toString());
  }

  /**
   * A {@link Year} key: four digits, where {@code toString()} writes {@code 5} for year 5.
   *
   * @param table the table, for the message
   * @param component the component, for the message
   * @param value the key value
   * @return the S attribute
   * @throws IllegalArgumentException when the value is null or outside years 0000 to 9999
   */
  public static AttributeValue year(String table, String component, Year value) {
    String text = null;
    if (value != null && inRange(value.getValue())) {
      text = Integer.toString(10_000 + value.getValue()).substring(1);
    }
    return checked(table, component, value, text);
  }

  /**
   * A {@link YearMonth} key: {@code yyyy-MM}, the same as {@code toString()} in range.
   *
   * @param table the table, for the message
   * @param component the component, for the message
   * @param value the key value
   * @return the S attribute
   * @throws IllegalArgumentException when the value is null or outside years 0000 to 9999
   */
  public static AttributeValue yearMonth(String table, String component, YearMonth value) {
    return checked(table, component, value,
        value != null && inRange(value.getYear()) ? YEAR_MONTH.format(value) : null);
  }

  private static boolean inRange(int year) {
    return year >= 0 && year <= 9999;
  }

  private static AttributeValue checked(String table, String component, Object value,
      String text) {
    if (value == null) {
      return Encoders.key(table, component, null); // throws, naming the component
    }
    if (text == null) {
      throw new IllegalArgumentException("Key component '" + component + "' of table '" + table
          + "' is " + value + ", outside years 0000 to 9999: only those years have a fixed-width"
          + " text that sorts in time order");
    }
    return ScalarValues.s(text);
  }
}
