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
 */
public final class ItemSize {
  /** DynamoDB's limit on one item: 400 KB. */
  public static final int MAX_BYTES = 400 * 1024;

  private ItemSize() {}

  /**
   * The size of an item.
   *
   * @param item the attributes
   * @return bytes as DynamoDB counts them
   */
  public static long of(Map<String, AttributeValue> item) {
    long size = 0;
    for (Map.Entry<String, AttributeValue> attribute : item.entrySet()) {
      size += utf8(attribute.getKey()) + valueSize(attribute.getValue());
    }
    return size;
  }

  static long valueSize(AttributeValue value) {
    switch (value.type()) {
      case S: return utf8(value.s());
      case N: return numberSize(value.n());
      case B: return bytes(value.b());
      case BOOL:
      case NUL: return 1;
      case SS: return sum(value.ss(), ItemSize::utf8Long);
      case NS: return sum(value.ns(), ItemSize::numberSize);
      case BS: return sum(value.bs(), ItemSize::bytes);
      case L: {
        long size = 3;
        for (AttributeValue element : value.l()) {
          size += 1 + valueSize(element);
        }
        return size;
      }
      case M: {
        long size = 3;
        for (Map.Entry<String, AttributeValue> entry : value.m().entrySet()) {
          size += 1 + utf8(entry.getKey()) + valueSize(entry.getValue());
        }
        return size;
      }
      default:
        // An unknown future type: count it as its text form rather than silently as zero.
        return utf8(value.toString());
    }
  }

  static long numberSize(String number) {
    return (DynamoNumbers.significantDigits(number) + 1) / 2 + 1;
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

  private static int utf8(String text) {
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
