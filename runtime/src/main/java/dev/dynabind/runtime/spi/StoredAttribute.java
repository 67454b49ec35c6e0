package dev.dynabind.runtime.spi;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One record component as it is stored: its names, whether it is a key, and its shape.
 *
 * @param componentName the record component (and accessor) name
 * @param attributeName the stored attribute name ({@code @Attribute}, or the component name)
 * @param key whether it is the table's partition or sort key; members of nested records never are
 * @param shape how its value is stored
 */
public record StoredAttribute(
    String componentName, String attributeName, boolean key, AttributeShape shape) {
  /**
   * Checks that every part is present and that a key has a key type.
   *
   * @param componentName the record component name
   * @param attributeName the stored attribute name
   * @param key whether it is the table's partition or sort key
   * @param shape how its value is stored; S, N or B for a key
   */
  public StoredAttribute {
    Objects.requireNonNull(componentName, "componentName");
    Objects.requireNonNull(attributeName, "attributeName");
    Objects.requireNonNull(shape, "shape");
    if (key && (shape.type() == null || !shape.type().isKeyType())) {
      throw new IllegalArgumentException("key '" + componentName + "' must be stored as S, N or B,"
          + " not " + (shape.type() == null ? "a converted value" : shape.type()));
    }
  }

  /**
   * An attribute that is not a key.
   *
   * @param componentName the record component name
   * @param attributeName the stored attribute name
   * @param shape how its value is stored
   * @return the attribute
   */
  public static StoredAttribute of(String componentName, String attributeName,
      AttributeShape shape) {
    return new StoredAttribute(componentName, attributeName, false, shape);
  }

  /**
   * A partition or sort key attribute.
   *
   * @param componentName the record component name
   * @param attributeName the stored attribute name
   * @param shape S, N or B
   * @return the attribute
   */
  public static StoredAttribute key(String componentName, String attributeName,
      AttributeShape shape) {
    return new StoredAttribute(componentName, attributeName, true, shape);
  }

  /** The attribute of a list stored under a name; lists are short, so a scan is enough. */
  static Optional<StoredAttribute> find(List<StoredAttribute> attributes, String attributeName) {
    Objects.requireNonNull(attributeName, "attributeName");
    for (StoredAttribute attribute : attributes) {
      if (attribute.attributeName().equals(attributeName)) {
        return Optional.of(attribute);
      }
    }
    return Optional.empty();
  }
}
