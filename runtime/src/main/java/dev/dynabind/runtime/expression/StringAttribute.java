package dev.dynabind.runtime.expression;

import dev.dynabind.runtime.spi.ValueEncoder;

/**
 * A string attribute: comparisons, prefixes, substrings and length. Read-only: used as is for
 * string key attributes; {@link StringField} adds the update actions.
 */
public class StringAttribute extends ComparableAttribute<String> {
  /**
   * A reference at a path.
   *
   * @param path where the attribute is stored
   * @param encoder the codec's encoder of the component
   */
  public StringAttribute(AttributePath path, ValueEncoder<String> encoder) {
    super(path, encoder);
  }

  /**
   * Starts with a prefix.
   *
   * @param prefix the prefix
   * @return {@code begins_with(path, :prefix)}
   */
  public final Condition beginsWith(String prefix) {
    return new Conditions.Function("begins_with", path(), encode(prefix));
  }

  /**
   * Contains a substring.
   *
   * @param substring the substring
   * @return {@code contains(path, :substring)}
   */
  public final Condition contains(String substring) {
    return new Conditions.Function("contains", path(), encode(substring));
  }

  /**
   * The length in characters, to compare.
   *
   * @return {@code size(path)}
   */
  public final Size size() {
    return new Size(path());
  }
}
