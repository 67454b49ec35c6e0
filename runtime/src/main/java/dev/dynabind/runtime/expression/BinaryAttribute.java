package dev.dynabind.runtime.expression;

import dev.dynabind.runtime.spi.ValueEncoder;

/**
 * A binary attribute ({@code byte[]} or {@code SdkBytes}): comparisons by unsigned bytes,
 * prefixes and length. Read-only: used as is for binary key attributes; {@link BinaryField} adds
 * the update actions.
 *
 * @param <T> {@code byte[]} or {@code SdkBytes}
 */
public class BinaryAttribute<T> extends ComparableAttribute<T> {
  /**
   * A reference at a path.
   *
   * @param path where the attribute is stored
   * @param encoder the codec's encoder of the component
   */
  public BinaryAttribute(AttributePath path, ValueEncoder<T> encoder) {
    super(path, encoder);
  }

  /**
   * Starts with a prefix.
   *
   * @param prefix the prefix
   * @return {@code begins_with(path, :prefix)}
   */
  public final Condition beginsWith(T prefix) {
    return new Conditions.Function("begins_with", path(), encode(prefix));
  }

  /**
   * The length in bytes, to compare.
   *
   * @return {@code size(path)}
   */
  public final Size size() {
    return new Size(path());
  }
}
