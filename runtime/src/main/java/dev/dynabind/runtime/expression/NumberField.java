package dev.dynabind.runtime.expression;

import dev.dynabind.runtime.spi.ValueEncoder;

/**
 * A number attribute that is not a key: comparisons, and the update actions of
 * {@link ComparableField} plus {@link #add}.
 *
 * @param <T> the component's boxed number type
 */
public final class NumberField<T> extends ComparableField<T> {
  /**
   * A reference at a path.
   *
   * @param path where the attribute is stored
   * @param encoder the codec's encoder of the component
   */
  public NumberField(AttributePath path, ValueEncoder<T> encoder) {
    super(path, encoder);
  }

  /**
   * Adds to the number (a negative value subtracts); an absent attribute counts as 0. Written as
   * {@code SET path = if_not_exists(path, :zero) + :delta} rather than {@code ADD}, because
   * DynamoDB documents {@code ADD} for top-level attributes only, and this works at any path.
   *
   * @param delta the amount to add
   * @return the action
   */
  public final UpdateAction add(T delta) {
    return UpdateAction.increment(path(), encode(delta));
  }
}
