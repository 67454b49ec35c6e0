package dev.dynabind.runtime.internal.op;

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
}
