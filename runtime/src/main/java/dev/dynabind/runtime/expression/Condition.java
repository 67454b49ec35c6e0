package dev.dynabind.runtime.expression;

import java.util.Objects;

/**
 * A condition on an item: for conditional writes, filters of scans and queries, and transaction
 * checks. Immutable; build one from the typed attribute references that the processor generates
 * ({@code import static shop.UserAttributes.*}) and combine with {@link #and}, {@link #or} and
 * {@link #not}:
 *
 * <pre>{@code
 * Condition c = status.eq(Status.ACTIVE).and(loginCount.lt(10));
 * }</pre>
 *
 * <p>{@code toString()} shows attribute names and {@code ?} in place of every value, since values
 * may be item contents.
 */
public abstract class Condition {
  /** Binding strength, for parentheses: a weaker operand of a stronger operator is wrapped. */
  static final int OR = 0;
  static final int AND = 1;
  static final int ATOM = 3;

  Condition() {}

  /**
   * The condition that the item does not exist yet: {@code attribute_not_exists} on the table's
   * partition key, which the writer resolves when it writes the request.
   *
   * @return the condition
   */
  public static Condition ifAbsent() {
    return new Conditions.PartitionKey(false);
  }

  /**
   * The condition that the item exists: {@code attribute_exists} on the table's partition key.
   *
   * @return the condition
   */
  public static Condition ifPresent() {
    return new Conditions.PartitionKey(true);
  }

  /**
   * Both conditions.
   *
   * @param other the other condition
   * @return {@code this AND other}
   */
  public Condition and(Condition other) {
    return new Conditions.Junction(AND, this, Objects.requireNonNull(other, "other"));
  }

  /**
   * Either condition.
   *
   * @param other the other condition
   * @return {@code this OR other}
   */
  public Condition or(Condition other) {
    return new Conditions.Junction(OR, this, Objects.requireNonNull(other, "other"));
  }

  /**
   * The opposite condition.
   *
   * @return {@code NOT (this)}
   */
  public Condition not() {
    return new Conditions.Not(this);
  }

  /**
   * Writes the expression with placeholders from a sink; called by the runtime's expression
   * writer, which owns the placeholders of the request.
   *
   * @param sink hands out the placeholders
   * @return the expression text
   */
  public final String toExpression(ExpressionSink sink) {
    StringBuilder out = new StringBuilder();
    write(out, sink);
    return out.toString();
  }

  /** Appends this condition's text. */
  abstract void write(StringBuilder out, ExpressionSink sink);

  /** How strongly the top operator binds: {@link #OR}, {@link #AND} or {@link #ATOM}. */
  int precedence() {
    return ATOM;
  }

  /** The expression with attribute paths for names and {@code ?} for every value. */
  @Override
  public String toString() {
    return toExpression(DebugSink.INSTANCE);
  }
}
