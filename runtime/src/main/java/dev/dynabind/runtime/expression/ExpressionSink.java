package dev.dynabind.runtime.expression;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Where conditions and updates write their expression text: it hands out the placeholders that
 * stand for names and values. Implemented by the runtime's expression writer, which allocates
 * them once per request; not meant to be implemented or called by users.
 */
public interface ExpressionSink {
  /**
   * The placeholder text of a path, such as {@code #n0.#n1[2]}; the same name always gets the
   * same placeholder.
   *
   * @param path the attribute path
   * @return the text that stands for it
   */
  String name(AttributePath path);

  /**
   * A new placeholder for a value, such as {@code :v3}.
   *
   * @param value the encoded value
   * @return the placeholder
   */
  String value(AttributeValue value);

  /**
   * The placeholder of the table's partition key, for {@link Condition#ifAbsent()} and
   * {@link Condition#ifPresent()}, which do not know the table.
   *
   * @return the text that stands for the partition key attribute
   */
  String partitionKey();
}
