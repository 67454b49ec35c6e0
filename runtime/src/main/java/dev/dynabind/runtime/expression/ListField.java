package dev.dynabind.runtime.expression;

import dev.dynabind.runtime.spi.ValueEncoder;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A list: its elements by index (to compare, set or remove one), appending and prepending, size,
 * and replacing or removing the whole list.
 *
 * @param <E> the element type
 * @param <R> the reference type of one element
 */
public final class ListField<E, R extends Attribute> extends Attribute {
  private final ValueEncoder<List<E>> encoder;
  private final Function<AttributePath, R> element;

  /**
   * A reference at a path.
   *
   * @param path where the attribute is stored
   * @param encoder the codec's encoder of the list
   * @param element makes the reference of the element at a path
   */
  public ListField(AttributePath path, ValueEncoder<List<E>> encoder,
      Function<AttributePath, R> element) {
    super(path);
    this.encoder = Objects.requireNonNull(encoder, "encoder");
    this.element = Objects.requireNonNull(element, "element");
  }

  /**
   * The element at an index: {@code lines.get(0).sku()}; its {@code set} replaces the element
   * and its {@code remove} removes it (later elements move down).
   *
   * @param index the position, from 0
   * @return the element's reference
   */
  public R get(int index) {
    return element.apply(path().index(index));
  }

  /**
   * The number of elements, to compare.
   *
   * @return {@code size(path)}
   */
  public Size size() {
    return new Size(path());
  }

  /**
   * Appends elements at the end; an absent list counts as empty.
   *
   * @param elements the elements
   * @return {@code SET path = list_append(if_not_exists(path, :empty), :elements)}
   */
  public UpdateAction append(List<E> elements) {
    return UpdateAction.append(path(), encode(encoder, elements), true);
  }

  /**
   * Inserts elements at the start; an absent list counts as empty.
   *
   * @param elements the elements
   * @return {@code SET path = list_append(:elements, if_not_exists(path, :empty))}
   */
  public UpdateAction prepend(List<E> elements) {
    return UpdateAction.append(path(), encode(encoder, elements), false);
  }

  /**
   * Replaces the list.
   *
   * @param value the list
   * @return {@code SET path = :value}
   */
  public UpdateAction set(List<E> value) {
    return UpdateAction.set(path(), encode(encoder, value));
  }

  /**
   * Stores a list only when the attribute is absent.
   *
   * @param value the list
   * @return {@code SET path = if_not_exists(path, :value)}
   */
  public UpdateAction setIfAbsent(List<E> value) {
    return UpdateAction.setIfAbsent(path(), encode(encoder, value));
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
