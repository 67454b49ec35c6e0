package dev.dynabind.runtime.internal.op;

import dev.dynabind.runtime.expression.Condition;
import dev.dynabind.runtime.internal.expr.ExpressionWriter;
import dev.dynabind.runtime.spi.TableMetadata;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A compiled condition expression with its placeholders, and what a failure of it means.
 *
 * @param expression the condition expression
 * @param names the {@code #name} placeholders
 * @param values the {@code :value} placeholders, possibly empty
 * @param lostIsAnswer true when a failed condition is an expected answer (the operation then
 *     returns false), false when it is the caller's error ({@code ConditionFailedException})
 */
public record WriteCondition(String expression, Map<String, String> names,
    Map<String, AttributeValue> values, boolean lostIsAnswer) {
  /** Copies the maps, so the record is immutable. */
  public WriteCondition {
    Objects.requireNonNull(expression, "expression");
    names = Map.copyOf(names);
    values = Map.copyOf(values);
  }

  /**
   * A caller's condition on a write of one table: a failure of it is the caller's error, and the
   * request asks for the item as it was.
   *
   * @param condition the condition, or null for an unconditional write
   * @param metadata the table's metadata, which resolves {@link Condition#ifAbsent()}
   * @return the compiled condition, or null for none
   */
  public static WriteCondition of(Condition condition, TableMetadata metadata) {
    if (condition == null) {
      return null;
    }
    ExpressionWriter writer = ExpressionWriter.forTable(metadata);
    String expression = writer.condition(condition);
    return new WriteCondition(expression, writer.names(), writer.values(), false);
  }

  /**
   * The values, or null when there are none: DynamoDB refuses an empty map.
   *
   * @return the values or null
   */
  public Map<String, AttributeValue> valuesOrNull() {
    return values.isEmpty() ? null : values;
  }
}
