package dev.dynabind.runtime.expression;

import dev.dynabind.runtime.spi.ValueEncoder;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A typed reference to a stored attribute, the root of the references that the processor
 * generates in {@code <Record>Attributes}. The subclass decides which conditions and update
 * actions exist, so that a wrong combination is a compile error: a string has no {@code add}, a
 * key attribute has no {@code set}, a boolean has no {@code lt}.
 */
public abstract class Attribute {
  private final AttributePath path;

  /**
   * A reference at a path.
   *
   * @param path where the attribute is stored
   */
  protected Attribute(AttributePath path) {
    this.path = Objects.requireNonNull(path, "path");
  }

  /**
   * Where the attribute is stored, for projections and for the expression writer.
   *
   * @return the path
   */
  public final AttributePath path() {
    return path;
  }

  /**
   * The item has this attribute (a NULL value counts as present).
   *
   * @return {@code attribute_exists(path)}
   */
  public final Condition exists() {
    return new Conditions.Function("attribute_exists", path, null);
  }

  /**
   * The item lacks this attribute.
   *
   * @return {@code attribute_not_exists(path)}
   */
  public final Condition notExists() {
    return new Conditions.Function("attribute_not_exists", path, null);
  }

  /**
   * The attribute is stored with a given DynamoDB type.
   *
   * @param type the type
   * @return {@code attribute_type(path, :type)}
   */
  public final Condition isType(StoredType type) {
    return new Conditions.Function("attribute_type", path,
        AttributeValue.fromS(Objects.requireNonNull(type, "type").name()));
  }

  /**
   * Encodes a value for an expression, refusing what cannot be stored.
   *
   * @throws IllegalArgumentException when the value is null or encodes to nothing (an empty set)
   */
  final <T> AttributeValue encode(ValueEncoder<T> encoder, T value) {
    if (value == null) {
      throw new IllegalArgumentException("A value for '" + path
          + "' is null; use remove() or notExists() for an absent attribute");
    }
    AttributeValue encoded = encoder.encode(value);
    if (encoded == null) {
      throw new IllegalArgumentException("The value for '" + path
          + "' stores nothing (DynamoDB has no empty sets); use remove() instead");
    }
    return encoded;
  }

  /** The path, such as {@code address.city}. */
  @Override
  public String toString() {
    return path.toString();
  }
}
