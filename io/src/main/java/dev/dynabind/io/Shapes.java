package dev.dynabind.io;

import dev.dynabind.runtime.spi.AttributeShape;
import dev.dynabind.runtime.spi.StoredAttribute;
import java.util.List;

/**
 * Finds the stored shape of an attribute of a record. Type inference without a record, in one
 * place for the README: plain JSON strings become S, numbers N, booleans BOOL, arrays L, objects
 * M and null NULL (a top-level null: absent); CSV cells become S, except key columns, which take
 * the key schema's type, and cells starting with {@code [} or <code>{</code> that parse as JSON,
 * which are read as plain JSON.
 */
final class Shapes {
  private Shapes() {}

  /** The shape of a member, or a problem naming it when the record has no such attribute. */
  static AttributeShape member(List<StoredAttribute> attributes, String name, String path) {
    for (StoredAttribute attribute : attributes) {
      if (attribute.attributeName().equals(name)) {
        return attribute.shape();
      }
    }
    throw new LineException(path, "the record has no attribute '" + name + "'");
  }
}
