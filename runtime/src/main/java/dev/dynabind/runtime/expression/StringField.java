package dev.dynabind.runtime.expression;

import dev.dynabind.runtime.spi.ValueEncoder;

/**
 * A string attribute that is not a key: the conditions of {@link StringAttribute} and the
 * update actions.
 */
public final class StringField extends StringAttribute {
  /**
   * A reference at a path.
   *
   * @param path where the attribute is stored
   * @param encoder the codec's encoder of the component
   */
  public StringField(AttributePath path, ValueEncoder<String> encoder) {
    super(path, encoder);
  }

  /**
   * Stores a value, replacing what is there.
   *
   * @param value the value; use {@link #remove()} for none
   * @return {@code SET path = :value}
   */
  public final UpdateAction set(String value) {
    return UpdateAction.set(path(), encode(value));
  }

  /**
   * Stores a value only when the attribute is absent.
   *
   * @param value the value
   * @return {@code SET path = if_not_exists(path, :value)}
   */
  public final UpdateAction setIfAbsent(String value) {
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
