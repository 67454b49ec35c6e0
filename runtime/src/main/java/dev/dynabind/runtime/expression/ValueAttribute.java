package dev.dynabind.runtime.expression;

import dev.dynabind.runtime.spi.ValueEncoder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An attribute compared as a whole: equality and {@code IN}. Values are encoded as the codec
 * stores them. Read-only: used as is for key attributes of types without a meaningful order
 * (UUID, enums, time values); {@link ValueField} adds the update actions.
 *
 * @param <T> the component's Java type
 */
public class ValueAttribute<T> extends Attribute {
  private final ValueEncoder<T> encoder;

  /**
   * A reference at a path.
   *
   * @param path where the attribute is stored
   * @param encoder the codec's encoder of the component
   */
  public ValueAttribute(AttributePath path, ValueEncoder<T> encoder) {
    super(path);
    this.encoder = Objects.requireNonNull(encoder, "encoder");
  }

  /**
   * Equal to a value.
   *
   * @param value the value
   * @return {@code path = :value}
   */
  public final Condition eq(T value) {
    return compare("=", value);
  }

  /**
   * Not equal to a value; also true when the attribute is absent.
   *
   * @param value the value
   * @return {@code path <> :value}
   */
  public final Condition ne(T value) {
    return compare("<>", value);
  }

  /**
   * Equal to one of some values.
   *
   * @param values one to 100 values
   * @return {@code path IN (:a, :b, ...)}
   * @throws IllegalArgumentException when there are none or more than 100
   */
  @SafeVarargs
  public final Condition in(T... values) {
    return in(Arrays.asList(values));
  }

  /**
   * Equal to one of some values.
   *
   * @param values one to 100 values
   * @return {@code path IN (:a, :b, ...)}
   * @throws IllegalArgumentException when there are none or more than 100
   */
  public final Condition in(Collection<? extends T> values) {
    List<AttributeValue> encoded = new ArrayList<>(values.size());
    for (T value : values) {
      encoded.add(encode(value));
    }
    return new Conditions.In(path(), encoded);
  }

  /** Encodes a value of this attribute, refusing null. */
  final AttributeValue encode(T value) {
    return encode(encoder, value);
  }

  final Condition compare(String operator, T value) {
    return new Conditions.Compare(new Conditions.Operand(path(), false), operator, encode(value));
  }
}
