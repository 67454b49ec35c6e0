package dev.dynabind.runtime.expression;

import dev.dynabind.runtime.spi.ValueEncoder;
import java.util.Objects;

/**
 * A nested record stored as a map. The processor generates one subclass per nested record with
 * a method per component ({@code address.city()}), each returning the reference at the longer
 * path; this class offers what applies to the whole record. A component named like one of the
 * methods here ({@code path}, {@code exists}, {@code notExists}, {@code remove}) gets its method
 * with the suffix {@code Attribute} ({@code removeAttribute()}).
 *
 * @param <T> the record type
 */
public abstract class RecordField<T> extends Attribute {
  private final ValueEncoder<T> encoder;

  /**
   * A reference at a path.
   *
   * @param path where the record is stored
   * @param encoder the codec's encoder of the record
   */
  protected RecordField(AttributePath path, ValueEncoder<T> encoder) {
    super(path);
    this.encoder = Objects.requireNonNull(encoder, "encoder");
  }

  /**
   * Replaces the record.
   *
   * @param value the record
   * @return {@code SET path = :value}
   */
  public final UpdateAction set(T value) {
    return UpdateAction.set(path(), encode(encoder, value));
  }

  /**
   * Stores a record only when the attribute is absent.
   *
   * @param value the record
   * @return {@code SET path = if_not_exists(path, :value)}
   */
  public final UpdateAction setIfAbsent(T value) {
    return UpdateAction.setIfAbsent(path(), encode(encoder, value));
  }

  /**
   * Removes the attribute.
   *
   * @return {@code REMOVE path}
   */
  public final UpdateAction remove() {
    return UpdateAction.remove(path());
  }
}
