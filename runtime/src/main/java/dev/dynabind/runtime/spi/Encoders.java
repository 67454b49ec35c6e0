package dev.dynabind.runtime.spi;

import dev.dynabind.runtime.AttributeConverter;
import dev.dynabind.runtime.internal.codec.InstantText;
import dev.dynabind.runtime.internal.codec.ScalarValues;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Value encoders called by generated codecs. Every method taking an object returns {@code null}
 * for a {@code null} value, meaning "store nothing", so generated code can hand any result to
 * {@link #put}. Numbers use their {@code toString()} form and time values ISO-8601, as the AWS
 * Enhanced Client does, so items stay readable by both.
 */
public final class Encoders {
  private static final DateTimeFormatter YEAR_MONTH = DateTimeFormatter.ofPattern("uuuu-MM");
  private static final AttributeValue NULL = AttributeValue.fromNul(true);
  private static final AttributeValue TRUE = AttributeValue.fromBool(true);
  private static final AttributeValue FALSE = AttributeValue.fromBool(false);

  private Encoders() {}

  /**
   * Puts an attribute unless it is null.
   *
   * @param item the item being built
   * @param name the attribute name
   * @param value the attribute, or null to store nothing
   */
  public static void put(Map<String, AttributeValue> item, String name, AttributeValue value) {
    if (value != null) {
      item.put(name, value);
    }
  }

  /**
   * A map sized so that {@code expected} entries never cause a rehash.
   *
   * @param expected how many attributes will be put
   * @return a new empty map
   */
  public static Map<String, AttributeValue> newItem(int expected) {
    return new HashMap<>(expected * 4 / 3 + 1);
  }

  /** @param value a string @return an S attribute */
  public static AttributeValue string(String value) {
    return value == null ? null : ScalarValues.s(value);
  }

  /** @param value a character @return an S attribute of one character */
  public static AttributeValue character(Character value) {
    return value == null ? null : ScalarValues.s(value.toString());
  }

  /** @param value a boolean @return a BOOL attribute */
  public static AttributeValue bool(boolean value) {
    return value ? TRUE : FALSE;
  }

  /** @param value a boolean @return a BOOL attribute */
  public static AttributeValue bool(Boolean value) {
    return value == null ? null : bool(value.booleanValue());
  }

  /** @param value a number @return an N attribute */
  public static AttributeValue number(long value) {
    return ScalarValues.n(Long.toString(value));
  }

  /** @param value a number @return an N attribute */
  public static AttributeValue number(int value) {
    return ScalarValues.n(Integer.toString(value));
  }

  /** @param value a number @return an N attribute */
  public static AttributeValue number(double value) {
    return ScalarValues.n(Double.toString(value));
  }

  /** @param value a number @return an N attribute */
  public static AttributeValue number(float value) {
    return ScalarValues.n(Float.toString(value));
  }

  /**
   * Any boxed number, {@code BigDecimal} or {@code BigInteger}.
   *
   * @param value the number
   * @return an N attribute
   */
  public static AttributeValue number(Number value) {
    return value == null ? null : ScalarValues.n(value.toString());
  }

  /** @param value bytes @return a B attribute over a copy */
  public static AttributeValue bytes(byte[] value) {
    return value == null ? null : AttributeValue.fromB(SdkBytes.fromByteArray(value));
  }

  /** @param value bytes @return a B attribute */
  public static AttributeValue bytes(SdkBytes value) {
    return value == null ? null : AttributeValue.fromB(value);
  }

  /** @param value a UUID @return its canonical string */
  public static AttributeValue uuid(UUID value) {
    return value == null ? null : ScalarValues.s(value.toString());
  }

  /** @param value an enum constant @return its name */
  public static AttributeValue enumName(Enum<?> value) {
    return value == null ? null : ScalarValues.s(value.name());
  }

  /**
   * A {@link YearMonth} as S in the text {@code YearMonth.parse} reads back: the same as
   * {@code toString()}, except that years past 9999 get the {@code +} sign that {@code toString()}
   * leaves out and {@code parse} demands.
   *
   * @param value the year and month, or null
   * @return the S attribute, or null when {@code value} is null
   */
  public static AttributeValue yearMonth(YearMonth value) {
    if (value == null) {
      return null;
    }
    return ScalarValues.s(value.getYear() > 9999 ? YEAR_MONTH.format(value) : value.toString());
  }

  /**
   * An {@link Instant} as S, the same text as {@code Instant.toString()} (ISO-8601 in
   * UTC, 0, 3, 6 or 9 fraction digits), written without {@code DateTimeFormatter}.
   *
   * @param value the instant, or null
   * @return the S attribute, or null when {@code value} is null
   */
  public static AttributeValue instant(Instant value) {
    return value == null ? null : ScalarValues.s(InstantText.format(value));
  }

  /**
   * An {@link Instant} as N, its whole seconds since the epoch, the form DynamoDB's Time to Live
   * reads ({@code @Ttl}); a fraction of a second is dropped.
   *
   * @param value the instant, or null
   * @return the N attribute, or null when {@code value} is null
   */
  public static AttributeValue epochSeconds(Instant value) {
    return value == null ? null : number(value.getEpochSecond());
  }

  /**
   * A value stored by its {@code toString()}: the ISO-8601 form of {@code java.time} values.
   *
   * @param value the value
   * @return an S attribute
   */
  public static AttributeValue text(Object value) {
    return value == null ? null : ScalarValues.s(value.toString());
  }

  /**
   * Encodes through a user converter.
   *
   * @param value the value
   * @param converter the converter
   * @param <T> the value type
   * @return the converter's attribute
   */
  public static <T> AttributeValue converted(T value, AttributeConverter<T> converter) {
    return value == null ? null : converter.toAttributeValue(value);
  }

  /**
   * An optional: empty stores nothing.
   *
   * @param value the optional, possibly null
   * @param element the encoder of its content
   * @param <T> the content type
   * @return the attribute or null
   */
  public static <T> AttributeValue optional(Optional<T> value, ValueEncoder<T> element) {
    return value == null || value.isEmpty() ? null : element.encode(value.get());
  }

  /**
   * A list, kept in order; a null element is stored as NULL so positions survive.
   *
   * @param value the list
   * @param element the encoder of its elements
   * @param <T> the element type
   * @return an L attribute
   */
  public static <T> AttributeValue list(List<T> value, ValueEncoder<T> element) {
    if (value == null) {
      return null;
    }
    List<AttributeValue> out = new ArrayList<>(value.size());
    for (T each : value) {
      out.add(orNull(each == null ? null : element.encode(each)));
    }
    return AttributeValue.fromL(out);
  }

  /**
   * A map with string keys; a null value is stored as NULL.
   *
   * @param value the map
   * @param element the encoder of its values
   * @param <T> the value type
   * @return an M attribute
   */
  public static <T> AttributeValue map(Map<String, T> value, ValueEncoder<T> element) {
    if (value == null) {
      return null;
    }
    Map<String, AttributeValue> out = newItem(value.size());
    for (Map.Entry<String, T> entry : value.entrySet()) {
      T each = entry.getValue();
      out.put(entry.getKey(), orNull(each == null ? null : element.encode(each)));
    }
    return AttributeValue.fromM(out);
  }

  /**
   * A nested record's attributes.
   *
   * @param attributes the encoded record, or null
   * @return an M attribute
   */
  public static AttributeValue nested(Map<String, AttributeValue> attributes) {
    return attributes == null ? null : AttributeValue.fromM(attributes);
  }

  /**
   * A string set. DynamoDB has no empty sets, so an empty set stores nothing.
   *
   * @param value the set
   * @return an SS attribute or null
   */
  public static AttributeValue stringSet(Set<String> value) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    return AttributeValue.fromSs(new ArrayList<>(value));
  }

  /**
   * A number set; an empty set stores nothing.
   *
   * @param value the set
   * @return an NS attribute or null
   */
  public static AttributeValue numberSet(Set<? extends Number> value) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    List<String> out = new ArrayList<>(value.size());
    for (Number each : value) {
      out.add(each.toString());
    }
    return AttributeValue.fromNs(out);
  }

  /**
   * A binary set; an empty set stores nothing.
   *
   * @param value the set
   * @return a BS attribute or null
   */
  public static AttributeValue binarySet(Set<SdkBytes> value) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    return AttributeValue.fromBs(new ArrayList<>(value));
  }

  /**
   * Checks a key component and returns its attribute.
   *
   * @param table the table, for the message
   * @param component the component name, for the message
   * @param value the encoded key value, null when the component was null
   * @return the value
   * @throws IllegalArgumentException when the key is null or an empty string or binary
   */
  public static AttributeValue key(String table, String component, AttributeValue value) {
    if (value == null) {
      throw new IllegalArgumentException(
          "Key component '" + component + "' of table '" + table + "' is null");
    }
    if ((value.s() != null && value.s().isEmpty())
        || (value.b() != null && value.b().asByteBuffer().remaining() == 0)) {
      throw new IllegalArgumentException(
          "Key component '" + component + "' of table '" + table + "' is empty");
    }
    return value;
  }

  private static AttributeValue orNull(AttributeValue value) {
    return value == null ? NULL : value;
  }
}
