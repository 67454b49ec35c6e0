package dev.dynabind.runtime.expression;

import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The kinds of condition; each writes its own text through the request's placeholders. */
final class Conditions {
  /** DynamoDB refuses an IN list longer than this. */
  static final int MAX_IN = 100;

  private Conditions() {}

  /** {@code path op :v}, or {@code size(path) op :v}. */
  static final class Compare extends Condition {
    private final Operand left;
    private final String operator;
    private final AttributeValue value;

    Compare(Operand left, String operator, AttributeValue value) {
      this.left = left;
      this.operator = operator;
      this.value = value;
    }

    @Override
    void write(StringBuilder out, ExpressionSink sink) {
      out.append(left.text(sink)).append(' ').append(operator).append(' ')
          .append(sink.value(value));
    }
  }

  /** {@code path BETWEEN :lo AND :hi}, both ends included. */
  static final class Between extends Condition {
    private final Operand left;
    private final AttributeValue low;
    private final AttributeValue high;

    Between(Operand left, AttributeValue low, AttributeValue high) {
      this.left = left;
      this.low = low;
      this.high = high;
    }

    @Override
    void write(StringBuilder out, ExpressionSink sink) {
      out.append(left.text(sink)).append(" BETWEEN ").append(sink.value(low)).append(" AND ")
          .append(sink.value(high));
    }
  }

  /** {@code path IN (:a, :b, ...)}. */
  static final class In extends Condition {
    private final AttributePath path;
    private final List<AttributeValue> values;

    In(AttributePath path, List<AttributeValue> values) {
      if (values.isEmpty()) {
        throw new IllegalArgumentException("in(...) on '" + path + "' needs at least one value");
      }
      if (values.size() > MAX_IN) {
        throw new IllegalArgumentException("in(...) on '" + path + "' has " + values.size()
            + " values; DynamoDB allows at most " + MAX_IN);
      }
      this.path = path;
      this.values = List.copyOf(values);
    }

    @Override
    void write(StringBuilder out, ExpressionSink sink) {
      out.append(sink.name(path)).append(" IN (");
      for (int i = 0; i < values.size(); i++) {
        out.append(i == 0 ? "" : ", ").append(sink.value(values.get(i)));
      }
      out.append(')');
    }
  }

  /**
   * A function of a path and at most one value: {@code attribute_exists},
   * {@code attribute_not_exists}, {@code attribute_type}, {@code begins_with}, {@code contains}.
   */
  static final class Function extends Condition {
    private final String function;
    private final AttributePath path;
    private final AttributeValue value;

    Function(String function, AttributePath path, AttributeValue value) {
      this.function = function;
      this.path = path;
      this.value = value;
    }

    @Override
    void write(StringBuilder out, ExpressionSink sink) {
      out.append(function).append('(').append(sink.name(path));
      if (value != null) {
        out.append(", ").append(sink.value(value));
      }
      out.append(')');
    }
  }

  /** Whether the item exists, by its partition key; the table is known only when written. */
  static final class PartitionKey extends Condition {
    private final boolean exists;

    PartitionKey(boolean exists) {
      this.exists = exists;
    }

    @Override
    void write(StringBuilder out, ExpressionSink sink) {
      out.append(exists ? "attribute_exists(" : "attribute_not_exists(")
          .append(sink.partitionKey()).append(')');
    }
  }

  /** {@code a AND b} or {@code a OR b}; an operand that binds more weakly is parenthesized. */
  static final class Junction extends Condition {
    private final int precedence;
    private final Condition left;
    private final Condition right;

    Junction(int precedence, Condition left, Condition right) {
      this.precedence = precedence;
      this.left = left;
      this.right = right;
    }

    @Override
    int precedence() {
      return precedence;
    }

    @Override
    void write(StringBuilder out, ExpressionSink sink) {
      operand(out, left, sink);
      out.append(precedence == AND ? " AND " : " OR ");
      operand(out, right, sink);
    }

    private void operand(StringBuilder out, Condition operand, ExpressionSink sink) {
      boolean wrap = operand.precedence() < precedence;
      out.append(wrap ? "(" : "");
      operand.write(out, sink);
      out.append(wrap ? ")" : "");
    }
  }

  /** {@code NOT (c)}: always parenthesized, so the reader need not know NOT's binding. */
  static final class Not extends Condition {
    private final Condition operand;

    Not(Condition operand) {
      this.operand = operand;
    }

    @Override
    void write(StringBuilder out, ExpressionSink sink) {
      out.append("NOT (");
      operand.write(out, sink);
      out.append(')');
    }
  }

  /** The left side of a comparison: an attribute, or the size of one. */
  record Operand(AttributePath path, boolean size) {
    String text(ExpressionSink sink) {
      return size ? "size(" + sink.name(path) + ")" : sink.name(path);
    }
  }
}
