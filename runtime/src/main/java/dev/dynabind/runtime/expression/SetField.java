package dev.dynabind.runtime.expression;

import dev.dynabind.runtime.spi.ValueEncoder;
import java.util.Objects;
import java.util.Set;

/**
 * A DynamoDB set (string, number or binary): membership, size, adding and deleting elements, and
 * replacing or removing the whole set. DynamoDB has no empty sets, so an empty set is refused
 * where a value must be stored; use {@link #remove()}.
 *
 * @param <E> the element type
 */
public final class SetField<E> extends Attribute {
  private final ValueEncoder<Set<E>> encoder;
  private final ValueEncoder<E> elementEncoder;

  /**
   * A reference at a path.
   *
   * @param path where the attribute is stored
   * @param encoder the codec's encoder of the set
   * @param elementEncoder the encoder of one element, as the set stores it
   */
  public SetField(AttributePath path, ValueEncoder<Set<E>> encoder,
      ValueEncoder<E> elementEncoder) {
    super(path);
    this.encoder = Objects.requireNonNull(encoder, "encoder");
    this.elementEncoder = Objects.requireNonNull(elementEncoder, "elementEncoder");
  }

  /**
   * The set holds an element.
   *
   * @param element the element
   * @return {@code contains(path, :element)}
   */
  public Condition contains(E element) {
    return new Conditions.Function("contains", path(), encode(elementEncoder, element));
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
   * Adds elements; creates the set when absent.
   *
   * @param elements at least one element
   * @return {@code ADD path :elements}
   */
  public UpdateAction addAll(Set<E> elements) {
    return UpdateAction.addToSet(path(), encode(encoder, elements));
  }

  /**
   * Deletes elements; DynamoDB removes the attribute when the set becomes empty.
   *
   * @param elements at least one element
   * @return {@code DELETE path :elements}
   */
  public UpdateAction deleteAll(Set<E> elements) {
    return UpdateAction.deleteFromSet(path(), encode(encoder, elements));
  }

  /**
   * Replaces the set.
   *
   * @param value at least one element; use {@link #remove()} for none
   * @return {@code SET path = :value}
   */
  public UpdateAction set(Set<E> value) {
    return UpdateAction.set(path(), encode(encoder, value));
  }

  /**
   * Stores a set only when the attribute is absent.
   *
   * @param value at least one element
   * @return {@code SET path = if_not_exists(path, :value)}
   */
  public UpdateAction setIfAbsent(Set<E> value) {
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
