package dev.dynabind.runtime.expression;

import dev.dynabind.runtime.spi.ValueEncoder;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A map with string keys: its values by key (to compare, set or remove one), size, and
 * replacing or removing the whole map.
 *
 * @param <V> the value type
 * @param <R> the reference type of one value
 */
public final class MapField<V, R extends Attribute> extends Attribute {
  private final ValueEncoder<Map<String, V>> encoder;
  private final Function<AttributePath, R> value;

  /**
   * A reference at a path.
   *
   * @param path where the attribute is stored
   * @param encoder the codec's encoder of the map
   * @param value makes the reference of the value at a path
   */
  public MapField(AttributePath path, ValueEncoder<Map<String, V>> encoder,
      Function<AttributePath, R> value) {
    super(path);
    this.encoder = Objects.requireNonNull(encoder, "encoder");
    this.value = Objects.requireNonNull(value, "value");
  }

  /**
   * The value under a key: {@code scores.get("math").add(1)}.
   *
   * @param key the map key; any text, since it becomes a placeholder
   * @return the value's reference
   */
  public R get(String key) {
    return value.apply(path().child(key));
  }

  /**
   * The number of entries, to compare.
   *
   * @return {@code size(path)}
   */
  public Size size() {
    return new Size(path());
  }

  /**
   * Replaces the map.
   *
   * @param map the map
   * @return {@code SET path = :map}
   */
  public UpdateAction set(Map<String, V> map) {
    return UpdateAction.set(path(), encode(encoder, map));
  }

  /**
   * Stores a map only when the attribute is absent.
   *
   * @param map the map
   * @return {@code SET path = if_not_exists(path, :map)}
   */
  public UpdateAction setIfAbsent(Map<String, V> map) {
    return UpdateAction.setIfAbsent(path(), encode(encoder, map));
  }

  /**
   * Removes the attribute.
   *
   * @return {@code REMOVE path}
   */
  public UpdateAction remove() {
    return UpdateAction.remove(path());
  }
}
