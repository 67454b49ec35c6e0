package dev.dynabind.runtime.spi;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Encodes one value; used by generated code for the elements of lists, maps and optionals.
 *
 * @param <T> the value type
 */
@FunctionalInterface
public interface ValueEncoder<T> {
  /**
   * Encodes a value.
   *
   * @param value the value, never null
   * @return the attribute, or null when nothing is to be stored (an empty set)
   */
  AttributeValue encode(T value);
}
