package dev.dynabind.runtime.spi;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Decodes one value; used by generated code for the elements of lists, maps and optionals.
 *
 * @param <T> the value type
 */
@FunctionalInterface
public interface ValueDecoder<T> {
  /**
   * Decodes a value.
   *
   * @param value the attribute, possibly null or a NULL attribute
   * @param path where it sits, for error messages; list and map elements get the empty path and
   *     their container prefixes it with {@link AttributeTypeException#within} only on failure,
   *     so that decoding builds no path strings
   * @return the value, or null when absent
   * @throws AttributeTypeException when the attribute has the wrong type
   */
  T decode(AttributeValue value, String path);
}
