package dev.dynabind.io;

import dev.dynabind.runtime.spi.KeyAttribute;
import dev.dynabind.runtime.spi.StoredAttribute;
import dev.dynabind.runtime.spi.TableMetadata;
import java.util.List;

/**
 * How an import gives plain JSON and CSV values their DynamoDB types: from a record's stored
 * attributes, or by inference (see {@link Shapes}) with only the key schema known.
 *
 * @param metadata the table's metadata
 * @param attributes the record's stored attributes, or null to infer types
 */
record Typing(TableMetadata metadata, List<StoredAttribute> attributes) {
  static Typing of(TableMetadata metadata) {
    return new Typing(metadata,
        metadata.attributes().isEmpty() ? null : metadata.attributes());
  }

  /** The key attribute of this name, or null. */
  KeyAttribute key(String name) {
    if (metadata.partitionKey().attributeName().equals(name)) {
      return metadata.partitionKey();
    }
    KeyAttribute sort = metadata.sortKey();
    return sort != null && sort.attributeName().equals(name) ? sort : null;
  }
}
