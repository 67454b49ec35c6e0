package dev.dynabind.runtime.spi;

import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * One key attribute of a table as the processor read it from the record.
 *
 * @param attributeName the stored attribute name
 * @param componentName the record component holding it, used in error messages
 * @param type how DynamoDB stores it: S, N or B
 */
public record KeyAttribute(String attributeName, String componentName, ScalarAttributeType type) {
  /**
   * Checks that every part is present.
   *
   * @param attributeName the stored attribute name
   * @param componentName the record component holding it, used in error messages
   * @param type how DynamoDB stores it: S, N or B
   */
  public KeyAttribute {
    Objects.requireNonNull(attributeName, "attributeName");
    Objects.requireNonNull(componentName, "componentName");
    Objects.requireNonNull(type, "type");
  }
}
