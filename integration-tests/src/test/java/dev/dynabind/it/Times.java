package dev.dynabind.it;

import dev.dynabind.Key;
import dev.dynabind.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/** Every supported {@code java.time} value type, each stored as its ISO-8601 text. */
@Table("times")
public record Times(
    @Key String id,
    Instant instant,
    LocalDate localDate,
    LocalDateTime localDateTime,
    LocalTime localTime,
    OffsetDateTime offsetDateTime,
    ZonedDateTime zonedDateTime,
    Duration duration,
    Period period,
    Year year,
    YearMonth yearMonth,
    MonthDay monthDay,
    ZoneId zoneId,
    ZoneOffset zoneOffset) {

  static Times onlyKey(String id) {
    return new Times(id, null, null, null, null, null, null, null, null, null, null, null, null,
        null);
  }
}
