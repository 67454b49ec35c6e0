package dev.dynabind.processor;

import java.util.Map;

/**
 * How time types are stored as keys. DynamoDB orders sort keys by their bytes, so a time key
 * needs text whose byte order is time order: the runtime's {@code TimeKeys} writes a sortable
 * form for the types that have one; the others cannot be sort keys. One rule for partition and
 * sort keys, so that a value has the same key text wherever it is a key.
 */
final class TimeKeyForms {
  /** The {@code TimeKeys} method per time type that can be a key. */
  private static final Map<String, String> ENCODERS = Map.of(
      "java.time.Instant", "instant",
      "java.time.LocalDate", "localDate",
      "java.time.LocalDateTime", "localDateTime",
      "java.time.LocalTime", "localTime",
      "java.time.Year", "year",
      "java.time.YearMonth", "yearMonth");

  /** What to use instead, per type whose text has no order-preserving form. */
  private static final Map<String, String> UNORDERED = Map.of(
      "java.time.OffsetDateTime", "the offset in its text lets a later instant sort first: use"
          + " Instant, or a LocalDateTime in one agreed zone",
      "java.time.ZonedDateTime", "the offset and zone in its text let a later instant sort first:"
          + " use Instant, or a LocalDateTime in one agreed zone",
      "java.time.Duration", "store it as a number, such as its length in milliseconds",
      "java.time.Period", "store it as a number, such as a count of days or months",
      "java.time.ZoneOffset", "store it as a number, such as its total seconds",
      "java.time.ZoneId", "a zone id has no order: make it the partition key or a plain attribute");

  private TimeKeyForms() {}

  /** The {@code TimeKeys} method for a key of this type, or null to encode it as usual. */
  static String encoder(String qualifiedType) {
    return ENCODERS.get(qualifiedType);
  }

  /** The hint for a type that cannot be a sort key, or null when it can. */
  static String unorderedHint(String qualifiedType) {
    return UNORDERED.get(qualifiedType);
  }
}
