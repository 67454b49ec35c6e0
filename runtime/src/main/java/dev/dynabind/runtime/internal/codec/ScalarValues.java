package dev.dynabind.runtime.internal.codec;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Makes S and N attribute values from a per-thread builder instead of a new builder each.
 *
 * <p>Why: {@code AttributeValue.fromS} allocates a builder and its union-type bookkeeping for
 * every value, which measured about four times the cost of {@code build()} on a reused builder
 * and was most of the cost of encoding an item. A built value copies the builder's fields, so
 * reuse is safe as long as no other code runs between setting a value and building it; each
 * method here does both in one expression, and S and N never touch each other's builder.
 */
public final class ScalarValues {
  private static final ThreadLocal<ScalarValues> CURRENT =
      ThreadLocal.withInitial(ScalarValues::new);

  private final AttributeValue.Builder strings = AttributeValue.builder();
  private final AttributeValue.Builder numbers = AttributeValue.builder();

  private ScalarValues() {}

  /** Same value as {@code AttributeValue.fromS(text)}. */
  public static AttributeValue s(String text) {
    return CURRENT.get().strings.s(text).build();
  }

  /** Same value as {@code AttributeValue.fromN(text)}. */
  public static AttributeValue n(String text) {
    return CURRENT.get().numbers.n(text).build();
  }
}
