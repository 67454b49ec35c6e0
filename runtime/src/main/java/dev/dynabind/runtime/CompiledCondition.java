package dev.dynabind.runtime;

import dev.dynabind.runtime.expression.Condition;
import dev.dynabind.runtime.internal.config.Arguments;
import dev.dynabind.runtime.internal.expr.ExpressionWriter;
import dev.dynabind.runtime.spi.TableMetadata;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A typed {@link Condition} compiled into the three parts of a DynamoDB request, for tools that
 * build their own requests (an export driving its Scan pages itself) yet take the same typed
 * conditions as the repositories. API.
 *
 * <p>It is compiled the way the repositories compile theirs: attribute names only through
 * {@code #} placeholders, values through {@code :} placeholders. The parts belong to one
 * request; a request that also needs other expressions must not combine these placeholders with
 * its own.
 *
 * <pre>{@code
 * CompiledCondition active =
 *     CompiledCondition.of(users.codec().metadata(), UserAttributes.status.eq("ACTIVE"));
 * scan.filterExpression(active.expression())
 *     .expressionAttributeNames(active.names()).expressionAttributeValues(active.values());
 * }</pre>
 *
 * @param expression the expression text, e.g. {@code #n0 = :v0}
 * @param names the name placeholders it uses; never null
 * @param values the value placeholders it uses; empty when it uses none (DynamoDB refuses an
 *     empty {@code ExpressionAttributeValues}: send it only when not empty)
 */
public record CompiledCondition(String expression, Map<String, String> names,
    Map<String, AttributeValue> values) {

  /**
   * Copies the parts.
   *
   * @param expression the expression text
   * @param names the name placeholders
   * @param values the value placeholders
   */
  public CompiledCondition {
    Arguments.required(expression, "expression");
    names = Map.copyOf(Arguments.required(names, "names"));
    values = Map.copyOf(Arguments.required(values, "values"));
  }

  /**
   * Compiles a condition for a request on a table.
   *
   * @param table the table's metadata (its key names), for example {@code repository.codec().metadata()}
   * @param condition the condition, built from the generated attribute constants
   * @return the parts of a {@code FilterExpression} or {@code ConditionExpression}
   * @throws IllegalArgumentException when an argument is null
   */
  public static CompiledCondition of(TableMetadata table, Condition condition) {
    Arguments.required(table, "table");
    Arguments.required(condition, "condition");
    ExpressionWriter writer = ExpressionWriter.forTable(table);
    String expression = writer.condition(condition);
    return new CompiledCondition(expression, writer.names(), writer.values());
  }
}
