package dev.dynabind.runtime.spi;

import dev.dynabind.runtime.AttributeConverter;
import dev.dynabind.runtime.internal.codec.InstantText;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Value decoders called by generated codecs. An absent attribute (missing or NULL) reads as
 * {@code null}, or the Java default for the primitive variants; a present attribute of another
 * type throws {@link AttributeTypeException} with the path it was found at.
 */
public final class Decoders {
  private Decoders() {}

  /**
   * Whether an attribute is missing or stored as NULL.
   *
   * @param value the attribute
   * @return true when absent
   */
  public static boolean absent(AttributeValue value) {
    return value == null || Boolean.TRUE.equals(value.nul());
  }

  /** @param value the attribute @param path its path @return the string or null */
  public static String string(AttributeValue value, String path) {
    if (absent(value)) {
      return null;
    }
    String s = value.s();
    if (s == null) {
      throw wrongType(value, path, "S");
    }
    return s;
  }

  /** @param value the attribute @param path its path @return the character or null */
  public static Character character(AttributeValue value, String path) {
    String s = string(value, path);
    if (s == null) {
      return null;
    }
    if (s.length() != 1) {
      throw new AttributeTypeException(path, "holds a string of length " + s.length()
          + ", expected a single character", null);
    }
    return s.charAt(0);
  }

  /** @param value the attribute @param path its path @return the character or '\0' */
  public static char charValue(AttributeValue value, String path) {
    Character c = character(value, path);
    return c == null ? '\0' : c;
  }

  /** @param value the attribute @param path its path @return the boolean or null */
  public static Boolean bool(AttributeValue value, String path) {
    if (absent(value)) {
      return null;
    }
    Boolean b = value.bool();
    if (b == null) {
      throw wrongType(value, path, "BOOL");
    }
    return b;
  }

  /** @param value the attribute @param path its path @return the boolean or false */
  public static boolean boolValue(AttributeValue value, String path) {
    Boolean b = bool(value, path);
    return b != null && b;
  }

  /**
   * The text of an N attribute, or null.
   *
   * @param value the attribute
   * @param path its path
   * @return the number's text
   */
  public static String numberText(AttributeValue value, String path) {
    if (absent(value)) {
      return null;
    }
    String n = value.n();
    if (n == null) {
      throw wrongType(value, path, "N");
    }
    return n;
  }

  /**
   * A number parsed by {@code parse}, such as {@code Integer::valueOf} or {@code BigDecimal::new}.
   *
   * @param value the attribute
   * @param path its path
   * @param parse the parser
   * @param <T> the number type
   * @return the number or null
   */
  public static <T> T number(AttributeValue value, String path, Function<String, T> parse) {
    String n = numberText(value, path);
    return n == null ? null : parse(n, path, parse, "number");
  }

  /** @param value the attribute @param path its path @return the number or 0 */
  public static int intValue(AttributeValue value, String path) {
    Integer n = number(value, path, Integer::valueOf);
    return n == null ? 0 : n;
  }

  /** @param value the attribute @param path its path @return the number or 0 */
  public static long longValue(AttributeValue value, String path) {
    String n = numberText(value, path);
    if (n == null) {
      return 0L;
    }
    try {
      return Long.parseLong(n);
    } catch (NumberFormatException e) {
      throw new AttributeTypeException(path, "holds a number that is not a long", null);
    }
  }

  /** @param value the attribute @param path its path @return the number or 0 */
  public static short shortValue(AttributeValue value, String path) {
    Short n = number(value, path, Short::valueOf);
    return n == null ? 0 : n;
  }

  /** @param value the attribute @param path its path @return the number or 0 */
  public static byte byteValue(AttributeValue value, String path) {
    Byte n = number(value, path, Byte::valueOf);
    return n == null ? 0 : n;
  }

  /** @param value the attribute @param path its path @return the number or 0 */
  public static double doubleValue(AttributeValue value, String path) {
    Double n = number(value, path, Double::valueOf);
    return n == null ? 0d : n;
  }

  /** @param value the attribute @param path its path @return the number or 0 */
  public static float floatValue(AttributeValue value, String path) {
    Float n = number(value, path, Float::valueOf);
    return n == null ? 0f : n;
  }

  /** @param value the attribute @param path its path @return the number or null */
  public static BigDecimal bigDecimal(AttributeValue value, String path) {
    return number(value, path, BigDecimal::new);
  }

  /** @param value the attribute @param path its path @return the number or null */
  public static BigInteger bigInteger(AttributeValue value, String path) {
    return number(value, path, BigInteger::new);
  }

  /** @param value the attribute @param path its path @return the bytes or null */
  public static SdkBytes sdkBytes(AttributeValue value, String path) {
    if (absent(value)) {
      return null;
    }
    SdkBytes b = value.b();
    if (b == null) {
      throw wrongType(value, path, "B");
    }
    return b;
  }

  /** @param value the attribute @param path its path @return a copy of the bytes or null */
  public static byte[] bytes(AttributeValue value, String path) {
    SdkBytes b = sdkBytes(value, path);
    return b == null ? null : b.asByteArray();
  }

  /** @param value the attribute @param path its path @return the UUID or null */
  public static UUID uuid(AttributeValue value, String path) {
    return text(value, path, UUID::fromString);
  }

  /**
   * Reads an {@link Instant} from S, accepting exactly what {@code Instant.parse}
   * accepts; the common UTC form is read without {@code DateTimeFormatter}.
   *
   * @param value the attribute, or null
   * @param path the attribute path, for errors
   * @return the instant, or null when absent
   * @throws AttributeTypeException when the attribute is not S or not an instant
   */
  public static Instant instant(AttributeValue value, String path) {
    return text(value, path, InstantText::parse);
  }

  /**
   * Reads an {@link Instant} stored as N epoch seconds ({@code @Ttl}).
   *
   * @param value the attribute, or null
   * @param path the attribute path, for errors
   * @return the instant, or null when absent
   * @throws AttributeTypeException when the attribute is not N or not a whole number of seconds
   *     in the range of {@code Instant}
   */
  public static Instant epochSeconds(AttributeValue value, String path) {
    return number(value, path, text -> Instant.ofEpochSecond(Long.parseLong(text)));
  }

  /**
   * A value parsed from an S attribute: enums by {@code valueOf}, {@code java.time} values by
   * {@code parse}.
   *
   * @param value the attribute
   * @param path its path
   * @param parse the parser
   * @param <T> the value type
   * @return the value or null
   */
  public static <T> T text(AttributeValue value, String path, Function<String, T> parse) {
    String s = string(value, path);
    return s == null ? null : parse(s, path, parse, "value");
  }

  /**
   * Decodes through a user converter. A converter's exception is named in the message but not
   * kept as the cause, because its message may carry the stored value.
   *
   * @param value the attribute
   * @param path its path
   * @param converter the converter
   * @param <T> the value type
   * @return the value or null
   */
  public static <T> T converted(AttributeValue value, String path, AttributeConverter<T> converter) {
    if (absent(value)) {
      return null;
    }
    try {
      return converter.fromAttributeValue(value);
    } catch (RuntimeException e) {
      // A converter's message may echo the stored value, as the JDK's parsers do (see parse), so
      // its exception is named, not kept as the cause.
      throw new AttributeTypeException(path, "was rejected by " + converter.getClass().getName()
          + " (" + e.getClass().getName() + ")", null);
    }
  }

  /**
   * An optional: absent reads as empty.
   *
   * @param value the attribute
   * @param path its path
   * @param element the decoder of its content
   * @param <T> the content type
   * @return the optional, never null
   */
  public static <T> Optional<T> optional(AttributeValue value, String path, ValueDecoder<T> element) {
    return absent(value) ? Optional.empty() : Optional.ofNullable(element.decode(value, path));
  }

  /**
   * A list; the returned list is unmodifiable and may hold nulls. Elements are decoded at the
   * empty path; an error is moved to {@code path[i]} only when one is thrown.
   *
   * @param value the attribute
   * @param path its path
   * @param element the decoder of its elements
   * @param <T> the element type
   * @return the list or null
   */
  public static <T> List<T> list(AttributeValue value, String path, ValueDecoder<T> element) {
    if (absent(value)) {
      return null;
    }
    if (!value.hasL()) {
      throw wrongType(value, path, "L");
    }
    List<AttributeValue> in = value.l();
    List<T> out = new ArrayList<>(in.size());
    for (int i = 0; i < in.size(); i++) {
      try {
        out.add(element.decode(in.get(i), ""));
      } catch (AttributeTypeException e) {
        throw e.within(path + "[" + i + "]");
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * A map with string keys, in stored order; unmodifiable. Values are decoded at the empty path;
   * an error is moved to {@code path.key} only when one is thrown.
   *
   * @param value the attribute
   * @param path its path
   * @param element the decoder of its values
   * @param <T> the value type
   * @return the map or null
   */
  public static <T> Map<String, T> map(AttributeValue value, String path, ValueDecoder<T> element) {
    Map<String, AttributeValue> in = nested(value, path);
    if (in == null) {
      return null;
    }
    Map<String, T> out = new LinkedHashMap<>(in.size() * 4 / 3 + 1);
    for (Map.Entry<String, AttributeValue> entry : in.entrySet()) {
      try {
        out.put(entry.getKey(), element.decode(entry.getValue(), ""));
      } catch (AttributeTypeException e) {
        throw e.within(path + "." + entry.getKey());
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * The attributes of a nested record, or null when absent.
   *
   * @param value the attribute
   * @param path its path
   * @return the M attribute's map
   */
  public static Map<String, AttributeValue> nested(AttributeValue value, String path) {
    if (absent(value)) {
      return null;
    }
    if (!value.hasM()) {
      throw wrongType(value, path, "M");
    }
    return value.m();
  }

  /** @param value the attribute @param path its path @return an unmodifiable set or null */
  public static Set<String> stringSet(AttributeValue value, String path) {
    if (absent(value)) {
      return null;
    }
    if (!value.hasSs()) {
      throw wrongType(value, path, "SS");
    }
    return Collections.unmodifiableSet(new LinkedHashSet<>(value.ss()));
  }

  /**
   * A number set.
   *
   * @param value the attribute
   * @param path its path
   * @param parse the parser of one number
   * @param <T> the number type
   * @return an unmodifiable set or null
   */
  public static <T> Set<T> numberSet(AttributeValue value, String path, Function<String, T> parse) {
    if (absent(value)) {
      return null;
    }
    if (!value.hasNs()) {
      throw wrongType(value, path, "NS");
    }
    Set<T> out = new LinkedHashSet<>(value.ns().size() * 4 / 3 + 1);
    for (String n : value.ns()) {
      out.add(parse(n, path, parse, "number"));
    }
    return Collections.unmodifiableSet(out);
  }

  /** @param value the attribute @param path its path @return an unmodifiable set or null */
  public static Set<SdkBytes> binarySet(AttributeValue value, String path) {
    if (absent(value)) {
      return null;
    }
    if (!value.hasBs()) {
      throw wrongType(value, path, "BS");
    }
    return Collections.unmodifiableSet(new LinkedHashSet<>(value.bs()));
  }

  /**
   * A decoded set, or an empty one where the attribute was absent: for components marked
   * {@code @EmptyWhenAbsent}, since DynamoDB stores no empty set.
   *
   * @param set what a set decoder returned, null when the attribute was absent
   * @param <T> the element type
   * @return the set, or an empty unmodifiable set
   */
  public static <T> Set<T> emptyWhenAbsent(Set<T> set) {
    return set == null ? Set.of() : set;
  }

  /**
   * Parses stored text. The JDK's parsers put the text they reject into their messages, and the
   * text is item content, which no Dynabind exception may carry beyond keys; so their exception
   * is named, not kept as the cause.
   */
  private static <T> T parse(String text, String path, Function<String, T> parse, String what) {
    try {
      return parse.apply(text);
    } catch (RuntimeException e) {
      throw new AttributeTypeException(path, "holds a " + what + " that cannot be read: "
          + e.getClass().getSimpleName(), null);
    }
  }

  private static AttributeTypeException wrongType(AttributeValue value, String path, String expected) {
    return new AttributeTypeException(path, "is stored as " + value.type() + ", expected " + expected,
        null);
  }
}
