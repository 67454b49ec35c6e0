package dev.dynabind.runtime.internal.table;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An item's size as DynamoDB counts it against its 400 KB limit: for every attribute the UTF-8
 * length of its name plus the size of its value. Following the DynamoDB developer guide ("Item
 * sizes and formats"): strings count their UTF-8 bytes, binaries their bytes, numbers one byte
 * per two significant digits plus one, booleans and nulls one byte, lists and maps three bytes
 * plus one per element (and the element names for maps), sets the sum of their elements.
 *
 * <p>The size is summed by a {@link Walk}, which {@link ItemRules} extends to check every value
 * on the same pass: one walk per put instead of one for the rules and another for the size.
 */
public final class ItemSize {
  /** DynamoDB's limit on one item: 400 KB. */
  public static final int MAX_BYTES = 400 * 1024;

  /** A walk that looks at nothing: it never stops, so one instance serves every thread. */
  private static final Walk SIZE_ONLY = new Walk();

  private ItemSize() {}

  /**
   * The size of an item.
   *
   * @param item the attributes
   * @return bytes as DynamoDB counts them
   */
  public static long of(Map<String, AttributeValue> item) {
    return SIZE_ONLY.item(item);
  }

  /**
   * Sums an item's size value by value. A subclass looks at every scalar and set on the way
   * ({@link #leaf}) and may stop the walk; {@link #stoppedBelow} then gets the steps from the
   * value that stopped it back up to the attribute, built only in that case.
   */
  static class Walk {
    /**
     * Looks at one scalar or set.
     *
     * @return false to stop the walk here
     */
    boolean leaf(AttributeValue leaf) {
      return true;
    }

    /** One step of the path back up from where the walk stopped, innermost first. */
    void stoppedBelow(String step) {
      // nothing to record when nothing stops
    }

    /** Whether a {@link #leaf} stopped the walk; the sizes summed are then partial. */
    boolean stopped() {
      return false;
    }

    /**
     * The size of a whole item, attribute names included; stops after the attribute whose value
     * stopped the walk.
     */
    long item(Map<String, AttributeValue> item) {
      long size = 0;
      for (Map.Entry<String, AttributeValue> attribute : item.entrySet()) {
        size += utf8(attribute.getKey()) + value(attribute.getValue());
        if (stopped()) {
          stoppedBelow(attribute.getKey());
          return size;
        }
      }
      return size;
    }

    long value(AttributeValue value) {
      switch (value.type()) {
        case L: {
          long size = 3;
          List<AttributeValue> elements = value.l();
          for (int i = 0; i < elements.size(); i++) {
            size += 1 + value(elements.get(i));
            if (stopped()) {
              stoppedBelow("[" + i + "]");
              return size;
            }
          }
          return size;
        }
        case M: {
          long size = 3;
          for (Map.Entry<String, AttributeValue> entry : value.m().entrySet()) {
            size += 1 + utf8(entry.getKey()) + value(entry.getValue());
            if (stopped()) {
              stoppedBelow("." + entry.getKey());
              return size;
            }
          }
          return size;
        }
        default:
          return leaf(value) ? leafSize(value) : 0;
      }
    }
  }

  private static long leafSize(AttributeValue value) {
    switch (value.type()) {
      case S: return utf8(value.s());
      case N: return numberSize(value.n());
      case B: return bytes(value.b());
      case BOOL:
      case NUL: return 1;
      case SS: return sum(value.ss(), ItemSize::utf8Long);
      case NS: return sum(value.ns(), ItemSize::numberSize);
      case BS: return sum(value.bs(), ItemSize::bytes);
      default:
        // An unknown future type: count it as its text form rather than silently as zero.
        return utf8(value.toString());
    }
  }

  /**
   * One byte per two significant digits, plus one. Plain decimals, the form every encoder
   * writes, are counted from their text; only exponents and odd forms go through BigDecimal,
   * which cost an object per number on every put.
   */
  static long numberSize(String number) {
    int digits = plainSignificantDigits(number);
    if (digits < 0) {
      digits = DynamoNumbers.significantDigits(number);
    }
    return (digits + 1) / 2 + 1;
  }

  /**
   * Significant digits of an optional minus, digits and at most one inner dot (leading and
   * trailing zeros do not count; zero has one); -1 for any other text.
   */
  private static int plainSignificantDigits(String number) {
    int length = number.length();
    int start = length > 0 && number.charAt(0) == '-' ? 1 : 0;
    if (start == length || number.charAt(start) == '.' || number.charAt(length - 1) == '.') {
      return -1;
    }
    int first = -1;
    int last = -1;
    int dot = -1;
    for (int i = start; i < length; i++) {
      char c = number.charAt(i);
      if (c == '.') {
        if (dot >= 0) {
          return -1;
        }
        dot = i;
      } else if (c < '0' || c > '9') {
        return -1;
      } else if (c != '0') {
        if (first < 0) {
          first = i;
        }
        last = i;
      }
    }
    if (first < 0) {
      return 1;
    }
    return last - first + 1 - (dot > first && dot < last ? 1 : 0);
  }

  private static <T> long sum(List<T> values, java.util.function.ToLongFunction<T> size) {
    long total = 0;
    for (T value : values) {
      total += size.applyAsLong(value);
    }
    return total;
  }

  private static long bytes(SdkBytes bytes) {
    return bytes.asByteBuffer().remaining();
  }

  private static long utf8Long(String text) {
    return utf8(text);
  }

  /** UTF-8 bytes of a text, counted rather than encoded. */
  static int utf8(String text) {
    int length = text.length();
    int bytes = length;
    // Counting instead of encoding: no copy of a 400 KB string just to measure it.
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c >= 0x800) {
        if (Character.isHighSurrogate(c) && i + 1 < length
            && Character.isLowSurrogate(text.charAt(i + 1))) {
          bytes += 2;
          i++;
        } else {
          bytes += 2;
        }
      } else if (c >= 0x80) {
        bytes += 1;
      }
    }
    return bytes;
  }
}
