package dev.dynabind.runtime.expression;

import dev.dynabind.runtime.spi.ValueEncoder;

/**
 * An attribute of a type without a meaningful stored order (booleans, enums, UUIDs, time
 * values, converted types): equality, {@code IN}, and the update actions.
 *
 * @param <T> the component's Java type
 */
public final class ValueField<T> extends ValueAttribute<T> {
  /**
   * A reference at a path.
   *
   * @param path where the attribute is stored
   * @param encoder the codec's encoder of the component
   */
  public ValueField(AttributePath path, ValueEncoder<T> encoder) {
    super(path, encoder);
  }

  /**
   * Stores a value, replacing what is there.
   *
   * @param value the value; use {@link #remove()} for none
   * @return {@code SET path = :value}
   */
  public final UpdateAction set(T value) {
    return UpdateAction.set(path(), encode(value));
  }

  /**
   * Stores a value only when the attribute is absent.
   *
   * @param value the value
   * @return {@code SET path = if_not_exists(path, :value)}
   */
  public final UpdateAction setIfAbsent(T value) {
    return UpdateAction.setIfAbsent(path(), encode(value));
  }

  /**
   * Removes the attribute.
   *
   * @return {@code REMOVE path}
   */
  public final UpdateAction remove() {
    return UpdateAction.remove(path());
  }
}
