package dev.dynabind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dynabind.testing.DynamoDbExtension;
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
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@ExtendWith(DynamoDbExtension.class)
class TimeRoundTripTest {
  private final DynamoDbClient client;
  private TimesRepository times;

  TimeRoundTripTest(DynamoDbClient client) {
    this.client = client;
  }

  @BeforeEach
  void createTable() {
    times = new TimesRepository(Databases.fresh(client));
    times.createTable();
  }

  private static Times sample(String id) {
    return new Times(id,
        Instant.parse("2024-02-29T12:34:56.123456789Z"),
        LocalDate.of(2024, 2, 29),
        LocalDateTime.of(2024, 2, 29, 23, 59, 59, 999_000_000),
        LocalTime.of(7, 5, 3, 1000),
        OffsetDateTime.of(2024, 2, 29, 8, 0, 0, 0, ZoneOffset.ofHoursMinutes(5, 30)),
        ZonedDateTime.of(2024, 10, 27, 2, 30, 0, 0, ZoneId.of("Europe/Paris")),
        Duration.ofHours(25).plusMillis(5),
        Period.of(1, 2, 3),
        Year.of(2024),
        YearMonth.of(2024, 2),
        MonthDay.of(2, 29),
        ZoneId.of("America/Argentina/Buenos_Aires"),
        ZoneOffset.ofHoursMinutes(-9, -30));
  }

  @Test
  void everyTimeTypeReadsBackEqual() {
    Times saved = sample("t-1");
    times.save(saved);

    assertEquals(saved, times.get("t-1").orElseThrow());
  }

  @Test
  void timeValuesAreStoredAsIso8601Strings() {
    times.save(sample("t-2"));

    Map<String, AttributeValue> item = Raw.get(client, times.tableName(), "t-2");

    assertEquals("2024-02-29T12:34:56.123456789Z", item.get("instant").s());
    assertEquals("2024-02-29", item.get("localDate").s());
    assertEquals("2024-02-29T23:59:59.999", item.get("localDateTime").s());
    assertEquals("07:05:03.000001", item.get("localTime").s());
    assertEquals("2024-02-29T08:00+05:30", item.get("offsetDateTime").s());
    assertEquals("2024-10-27T02:30+02:00[Europe/Paris]", item.get("zonedDateTime").s());
    assertEquals("PT25H0.005S", item.get("duration").s());
    assertEquals("P1Y2M3D", item.get("period").s());
    assertEquals("2024", item.get("year").s());
    assertEquals("2024-02", item.get("yearMonth").s());
    assertEquals("--02-29", item.get("monthDay").s());
    assertEquals("America/Argentina/Buenos_Aires", item.get("zoneId").s());
    assertEquals("-09:30", item.get("zoneOffset").s());
  }

  @Test
  void zonedDateTimeKeepsItsRegionAcrossTheAmbiguousAutumnHour() {
    // 02:30 occurs twice in Paris on 2024-10-27; the later offset must survive the round trip.
    ZonedDateTime later = ZonedDateTime.of(2024, 10, 27, 2, 30, 0, 0, ZoneId.of("Europe/Paris"))
        .withLaterOffsetAtOverlap();
    Times saved = new Times("t-3", null, null, null, null, null, later, null, null, null, null,
        null, null, null);
    times.save(saved);

    ZonedDateTime read = times.get("t-3").orElseThrow().zonedDateTime();

    assertEquals(later, read);
    assertEquals(ZoneOffset.ofHours(1), read.getOffset());
  }

  @Test
  void extremeTimeValuesRoundTrip() {
    Times saved = new Times("t-4", Instant.EPOCH.minusNanos(1), LocalDate.of(-44, 3, 15),
        LocalDateTime.MAX, LocalTime.MIDNIGHT, OffsetDateTime.MIN, null,
        Duration.ofSeconds(-1, 1), Period.ZERO, Year.of(-44), YearMonth.of(1, 1),
        MonthDay.of(12, 31), ZoneOffset.UTC, ZoneOffset.MAX);
    times.save(saved);

    assertEquals(saved, times.get("t-4").orElseThrow());
  }

  @Test
  void yearsBeyondFourDigitsRoundTrip() {
    // YearMonth.toString writes 10000-01 without the sign that YearMonth.parse demands.
    Times far = new Times("t-6", Instant.MAX, LocalDate.MAX, null, null, null, null, null, null,
        Year.of(Year.MAX_VALUE), YearMonth.of(10_000, 1), null, null, null);
    Times past = new Times("t-7", Instant.MIN, LocalDate.MIN, null, null, null, null, null, null,
        Year.of(Year.MIN_VALUE), YearMonth.of(Year.MIN_VALUE, 12), null, null, null);
    times.save(far);
    times.save(past);

    assertEquals(far, times.get("t-6").orElseThrow());
    assertEquals(past, times.get("t-7").orElseThrow());
    assertEquals("+10000-01", Raw.get(client, times.tableName(), "t-6").get("yearMonth").s());
  }

  @Test
  void onlyTheKeySetReadsBackAllNull() {
    times.save(Times.onlyKey("t-5"));

    assertEquals(Times.onlyKey("t-5"), times.get("t-5").orElseThrow());
    assertEquals(Map.of("id", AttributeValue.fromS("t-5")),
        Raw.get(client, times.tableName(), "t-5"));
  }
}
