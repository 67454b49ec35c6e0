package dev.dynabind.runtime.expression;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The changes of one UpdateItem: actions made by typed attribute references, combined.
 * Immutable.
 *
 * <pre>{@code
 * Update.of(loginCount.add(1), tags.addAll(Set.of("vip")), address.city().set("Oslo"),
 *     expiresAt.remove())
 * }</pre>
 *
 * <p>DynamoDB refuses two actions on overlapping paths ({@code address} and
 * {@code address.city}) in one update; so does {@code Update}, when it is built. {@code
 * toString()} shows attribute names and {@code ?} in place of every value.
 */
public final class Update {
  private final List<UpdateAction> actions;

  private Update(List<UpdateAction> actions) {
    if (actions.isEmpty()) {
      throw new IllegalArgumentException("An update needs at least one action");
    }
    for (int i = 0; i < actions.size(); i++) {
      UpdateAction action = Objects.requireNonNull(actions.get(i), "action");
      for (int j = 0; j < i; j++) {
        if (actions.get(j).path().overlaps(action.path())) {
          throw new IllegalArgumentException("Two actions of one update change overlapping paths '"
              + actions.get(j).path() + "' and '" + action.path() + "'; DynamoDB refuses that");
        }
      }
    }
    this.actions = List.copyOf(actions);
  }

  /**
   * An update of one or more actions.
   *
   * @param first the first action
   * @param more further actions
   * @return the update
   * @throws IllegalArgumentException when two actions change overlapping paths
   */
  public static Update of(UpdateAction first, UpdateAction... more) {
    List<UpdateAction> all = new ArrayList<>(more.length + 1);
    all.add(Objects.requireNonNull(first, "first"));
    all.addAll(List.of(more));
    return new Update(all);
  }

  /**
   * An update of the actions in a list.
   *
   * @param actions the actions
   * @return the update
   * @throws IllegalArgumentException when the list is empty or two actions overlap
   */
  public static Update of(List<UpdateAction> actions) {
    return new Update(new ArrayList<>(Objects.requireNonNull(actions, "actions")));
  }

  /**
   * This update and further actions.
   *
   * @param more the actions to add
   * @return a new update; this one is unchanged
   * @throws IllegalArgumentException when two actions change overlapping paths
   */
  public Update and(UpdateAction... more) {
    List<UpdateAction> all = new ArrayList<>(actions);
    all.addAll(List.of(more));
    return new Update(all);
  }

  /**
   * This update and the actions of another.
   *
   * @param other the other update
   * @return a new update; both are unchanged
   * @throws IllegalArgumentException when two actions change overlapping paths
   */
  public Update and(Update other) {
    List<UpdateAction> all = new ArrayList<>(actions);
    all.addAll(Objects.requireNonNull(other, "other").actions);
    return new Update(all);
  }

  /**
   * The actions, in the order given.
   *
   * @return an unmodifiable list
   */
  public List<UpdateAction> actions() {
    return actions;
  }

  /**
   * Writes the update expression with placeholders from a sink, clauses in the order SET,
   * REMOVE, ADD, DELETE; called by the runtime's expression writer.
   *
   * @param sink hands out the placeholders
   * @return the expression text
   */
  public String toExpression(ExpressionSink sink) {
    StringBuilder out = new StringBuilder();
    for (UpdateAction.Kind kind : UpdateAction.Kind.values()) {
      String separator = (out.length() == 0 ? "" : " ") + kind + " ";
      for (UpdateAction action : actions) {
        if (action.kind() == kind) {
          out.append(separator).append(action.write(sink));
          separator = ", ";
        }
      }
    }
    return out.toString();
  }

  /** The expression with attribute paths for names and {@code ?} for every value. */
  @Override
  public String toString() {
    return toExpression(DebugSink.INSTANCE);
  }
}
