package dev.dynabind.runtime.expression;

import dev.dynabind.runtime.spi.ValueEncoder;

/**
 * An attribute whose stored form orders as its values do: numbers, strings, binary. Read-only:
 * used as is for number key attributes; {@link NumberField} adds the update actions.
 *
 * @param <T> the component's Java type
 */
public class ComparableAttribute<T> extends ValueAttribute<T> {
  /**
   * A reference at a path.
   *
   * @param path where the attribute is stored
   * @param encoder the codec's encoder of the component
   */
  public ComparableAttribute(AttributePath path, ValueEncoder<T> encoder) {
    super(path, encoder);
  }

  /**
   * Below a bound.
   *
   * @param value the bound, excluded
   * @return {@code path < :value}
   */
  public final Condition lt(T value) {
    return compare("<", value);
  }

  /**
   * At most a bound.
   *
   * @param value the bound, included
   * @return {@code path <= :value}
   */
  public final Condition le(T value) {
    return compare("<=", value);
  }

  /**
   * Above a bound.
   *
   * @param value the bound, excluded
   * @return {@code path > :value}
   */
  public final Condition gt(T value) {
    return compare(">", value);
  }

  /**
   * At least a bound.
   *
   * @param value the bound, included
   * @return {@code path >= :value}
   */
  public final Condition ge(T value) {
    return compare(">=", value);
  }

  /**
   * Within two bounds, both included.
   *
   * @param low the lower bound
   * @param high the upper bound
   * @return {@code path BETWEEN :low AND :high}
   */
  public final Condition between(T low, T high) {
    return new Conditions.Between(new Conditions.Operand(path(), false), encode(low),
        encode(high));
  }
}
