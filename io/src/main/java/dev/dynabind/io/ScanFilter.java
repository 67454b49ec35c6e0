package dev.dynabind.io;

import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A DynamoDB filter expression for an export's scan, with its placeholders: items that do not
 * match are read (and consume capacity) but not written.
 *
 * <pre>{@code
 * ScanFilter.of("#s = :s", Map.of("#s", "status"), Map.of(":s", AttributeValue.fromS("ACTIVE")))
 * }</pre>
 *
 * @param expression the FilterExpression
 * @param names the {@code #name} placeholders; may be empty
 * @param values the {@code :value} placeholders; may be empty
 */
public record ScanFilter(String expression, Map<String, String> names,
    Map<String, AttributeValue> values) {
  /**
   * Checks and copies the parts.
   *
   * @param expression the FilterExpression; not blank
   * @param names the {@code #name} placeholders
   * @param values the {@code :value} placeholders
   */
  public ScanFilter {
    Objects.requireNonNull(expression, "expression");
    if (expression.isBlank()) {
      throw new IllegalArgumentException("filter expression is blank");
    }
    names = Map.copyOf(names);
    values = Map.copyOf(values);
  }

  /**
   * A filter.
   *
   * @param expression the FilterExpression
   * @param names the {@code #name} placeholders
   * @param values the {@code :value} placeholders
   * @return the filter
   */
  public static ScanFilter of(String expression, Map<String, String> names,
      Map<String, AttributeValue> values) {
    return new ScanFilter(expression, names, values);
  }
}
