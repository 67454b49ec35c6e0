package dev.dynabind.runtime;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Stores a type Dynabind does not map itself. Name the implementation in {@code @Convert} on a
 * record component; generated code creates it once per codec with its public no-arg constructor.
 * Neither method is called with {@code null}: a null component is not written, and an absent
 * attribute reads as {@code null} without calling the converter.
 *
 * @param <T> the component type
 */
public interface AttributeConverter<T> {

  /**
   * Encodes a value.
   *
   * @param value the component's value, never null
   * @return the attribute to store, never null
   */
  AttributeValue toAttributeValue(T value);

  /**
   * Decodes a stored attribute.
   *
   * @param value the stored attribute, never null
   * @return the component's value
   * @throws IllegalArgumentException when the attribute cannot be converted; Dynabind reports it
   *     as an {@link ItemDecodeException} naming the table, key and attribute
   */
  T fromAttributeValue(AttributeValue value);
}
