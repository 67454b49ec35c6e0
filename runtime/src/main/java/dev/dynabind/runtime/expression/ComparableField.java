package dev.dynabind.runtime.expression;

import dev.dynabind.runtime.spi.ValueEncoder;

/**
 * A non-key attribute stored in the order of its values: the comparisons, and the update actions
 * without arithmetic, which {@link NumberField} adds for numbers. A {@code @Ttl Instant} is one
 * (stored as N epoch seconds), so {@code expiresAt.gt(Instant.now())} compares by time.
 *
 * @param <T> the component's Java type
 */
public class ComparableField<T> extends ComparableAttribute<T> {
  /**
   * A reference at a path.
   *
   * @param path where the attribute is stored
   * @param encoder the codec's encoder of the component
   */
  public ComparableField(AttributePath path, ValueEncoder<T> encoder) {
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
