package dev.dynabind.runtime.expression;

import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One change of an update, made by a typed attribute reference ({@code loginCount.add(1)},
 * {@code expiresAt.remove()}); combine actions with {@link Update#of}. Immutable.
 */
public final class UpdateAction {
  /** The clause of the update expression an action belongs to. */
  public enum Kind {
    /** {@code SET path = value}, also with {@code if_not_exists}, {@code list_append} or {@code +}. */
    SET,
    /** {@code REMOVE path}. */
    REMOVE,
    /** {@code ADD path :set}: adds elements to a set. */
    ADD,
    /** {@code DELETE path :set}: removes elements from a set. */
    DELETE
  }

  /** The text after the path; null for REMOVE. */
  @FunctionalInterface
  interface Operand {
    String write(AttributePath path, ExpressionSink sink);
  }

  private static final AttributeValue ZERO = AttributeValue.fromN("0");
  private static final AttributeValue EMPTY_LIST = AttributeValue.fromL(List.of());

  private final Kind kind;
  private final AttributePath path;
  private final Operand operand;

  private UpdateAction(Kind kind, AttributePath path, Operand operand) {
    this.kind = kind;
    this.path = path;
    this.operand = operand;
  }

  static UpdateAction set(AttributePath path, AttributeValue value) {
    return new UpdateAction(Kind.SET, path, (p, sink) -> " = " + sink.value(value));
  }

  static UpdateAction setIfAbsent(AttributePath path, AttributeValue value) {
    return new UpdateAction(Kind.SET, path, (p, sink) ->
        " = if_not_exists(" + sink.name(p) + ", " + sink.value(value) + ")");
  }

  /**
   * Adds to a number with SET rather than ADD: ADD is documented for top-level attributes only,
   * and {@code if_not_exists} makes an absent number count as 0, as ADD would.
   */
  static UpdateAction increment(AttributePath path, AttributeValue delta) {
    return new UpdateAction(Kind.SET, path, (p, sink) -> " = if_not_exists(" + sink.name(p)
        + ", " + sink.value(ZERO) + ") + " + sink.value(delta));
  }

  /** {@code list_append} fails on an absent list, so an absent list counts as empty. */
  static UpdateAction append(AttributePath path, AttributeValue list, boolean atEnd) {
    return new UpdateAction(Kind.SET, path, (p, sink) -> {
      if (atEnd) {
        String old = "if_not_exists(" + sink.name(p) + ", " + sink.value(EMPTY_LIST) + ")";
        return " = list_append(" + old + ", " + sink.value(list) + ")";
      }
      String added = sink.value(list);
      return " = list_append(" + added + ", if_not_exists(" + sink.name(p) + ", "
          + sink.value(EMPTY_LIST) + "))";
    });
  }

  static UpdateAction remove(AttributePath path) {
    return new UpdateAction(Kind.REMOVE, path, null);
  }

  static UpdateAction addToSet(AttributePath path, AttributeValue elements) {
    return new UpdateAction(Kind.ADD, path, (p, sink) -> " " + sink.value(elements));
  }

  static UpdateAction deleteFromSet(AttributePath path, AttributeValue elements) {
    return new UpdateAction(Kind.DELETE, path, (p, sink) -> " " + sink.value(elements));
  }

  /**
   * The clause of this action.
   *
   * @return SET, REMOVE, ADD or DELETE
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The attribute this action changes.
   *
   * @return the path
   */
  public AttributePath path() {
    return path;
  }

  /**
   * The action's text within its clause, such as {@code #n0 = :v0}.
   *
   * @param sink hands out the request's placeholders
   * @return the text without the clause keyword
   */
  String write(ExpressionSink sink) {
    String name = sink.name(path);
    return operand == null ? name : name + operand.write(path, sink);
  }

  /** The action with attribute paths for names and {@code ?} for every value. */
  @Override
  public String toString() {
    return kind + " " + write(DebugSink.INSTANCE);
  }
}
