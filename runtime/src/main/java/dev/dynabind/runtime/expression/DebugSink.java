package dev.dynabind.runtime.expression;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Renders for {@code toString()}: paths as written, values hidden, since they are item data. */
final class DebugSink implements ExpressionSink {
  static final DebugSink INSTANCE = new DebugSink();

  private DebugSink() {}

  @Override
  public String name(AttributePath path) {
    return path.toString();
  }

  @Override
  public String value(AttributeValue value) {
    return "?";
  }

  @Override
  public String partitionKey() {
    return "<partition key>";
  }
}
