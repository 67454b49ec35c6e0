package dev.dynabind.runtime.spi;

import java.util.Objects;
import java.util.Optional;

/**
 * How one value is stored, as the processor read it from a Java type: its DynamoDB type and, for
 * containers, the shape of what they hold. {@code Optional<T>} has the shape of {@code T}: an empty
 * optional stores nothing, like a null component. Elements of lists and values of maps may also be
 * {@link StoredType#NULL} where the Java value is null, which the shape does not repeat.
 *
 * @param type the stored type, or {@code null} when a {@code @Convert} converter decides it at run
 *     time (see {@link #decidedAtRunTime()})
 * @param element for {@link StoredType#L}, the shape of every element; otherwise {@code null}
 * @param value for {@link StoredType#M} from a {@code Map<String, V>}, the shape of every value;
 *     otherwise {@code null}
 * @param record for {@link StoredType#M} from a nested record, its members; otherwise {@code null}
 */
public record AttributeShape(
    StoredType type, AttributeShape element, AttributeShape value, RecordShape record) {
  private static final AttributeShape STRING = new AttributeShape(StoredType.S, null, null, null);
  private static final AttributeShape NUMBER = new AttributeShape(StoredType.N, null, null, null);
  private static final AttributeShape BINARY = new AttributeShape(StoredType.B, null, null, null);
  private static final AttributeShape BOOL = new AttributeShape(StoredType.BOOL, null, null, null);
  private static final AttributeShape STRING_SET =
      new AttributeShape(StoredType.SS, null, null, null);
  private static final AttributeShape NUMBER_SET =
      new AttributeShape(StoredType.NS, null, null, null);
  private static final AttributeShape BINARY_SET =
      new AttributeShape(StoredType.BS, null, null, null);
  private static final AttributeShape CONVERTED = new AttributeShape(null, null, null, null);

  /**
   * Checks that exactly the parts the type needs are present: an element for L, a value shape or
   * a record (not both) for M, nothing for the others.
   *
   * @param type the stored type, or {@code null} for a converted value
   * @param element the element shape of a list
   * @param value the value shape of a map from {@code Map<String, V>}
   * @param record the members of a nested record
   */
  public AttributeShape {
    if (type == StoredType.L) {
      Objects.requireNonNull(element, "element of a list shape");
    } else if (element != null) {
      throw new IllegalArgumentException("only a list shape has an element shape, not " + type);
    }
    if (type == StoredType.M) {
      if ((value == null) == (record == null)) {
        throw new IllegalArgumentException(
            "a map shape has either a value shape or a record, not both or neither");
      }
    } else if (value != null || record != null) {
      throw new IllegalArgumentException(
          "only a map shape has a value shape or a record, not " + type);
    }
  }

  /**
   * A scalar or set shape.
   *
   * @param type any type but L and M, which need {@link #list} and {@link #map} or {@link #record}
   * @return the shape
   */
  public static AttributeShape of(StoredType type) {
    Objects.requireNonNull(type, "type");
    return new AttributeShape(type, null, null, null);
  }

  /**
   * S: strings, enums, UUIDs, characters and the time types.
   *
   * @return the shape
   */
  public static AttributeShape string() {
    return STRING;
  }

  /**
   * N: primitives, their boxes, {@code BigDecimal} and {@code BigInteger}.
   *
   * @return the shape
   */
  public static AttributeShape number() {
    return NUMBER;
  }

  /**
   * B: {@code byte[]} and {@code SdkBytes}.
   *
   * @return the shape
   */
  public static AttributeShape binary() {
    return BINARY;
  }

  /**
   * BOOL: {@code boolean} and {@code Boolean}.
   *
   * @return the shape
   */
  public static AttributeShape bool() {
    return BOOL;
  }

  /**
   * SS: {@code Set<String>}.
   *
   * @return the shape
   */
  public static AttributeShape stringSet() {
    return STRING_SET;
  }

  /**
   * NS: a set of boxed numbers, {@code BigDecimal} or {@code BigInteger}.
   *
   * @return the shape
   */
  public static AttributeShape numberSet() {
    return NUMBER_SET;
  }

  /**
   * BS: {@code Set<SdkBytes>}.
   *
   * @return the shape
   */
  public static AttributeShape binarySet() {
    return BINARY_SET;
  }

  /**
   * L: a {@code List} whose elements have one shape.
   *
   * @param element the shape of every element
   * @return the shape
   */
  public static AttributeShape list(AttributeShape element) {
    return new AttributeShape(StoredType.L, element, null, null);
  }

  /**
   * M: a {@code Map<String, V>} whose values have one shape.
   *
   * @param value the shape of every value
   * @return the shape
   */
  public static AttributeShape map(AttributeShape value) {
    Objects.requireNonNull(value, "value");
    return new AttributeShape(StoredType.M, null, value, null);
  }

  /**
   * M: a nested record with named members.
   *
   * @param record the record's members, shared by every place the record is stored
   * @return the shape
   */
  public static AttributeShape record(RecordShape record) {
    Objects.requireNonNull(record, "record");
    return new AttributeShape(StoredType.M, null, null, record);
  }

  /**
   * A {@code @Convert} component: its converter makes an {@code AttributeValue} of any type at run
   * time, so the type is not known at compile time.
   *
   * @return the shape, whose {@link #type()} is {@code null}
   */
  public static AttributeShape converted() {
    return CONVERTED;
  }

  /**
   * Whether a {@code @Convert} converter decides the stored type at run time; then {@link #type()}
   * is {@code null}.
   *
   * @return true for converted values
   */
  public boolean decidedAtRunTime() {
    return type == null;
  }

  /**
   * The stored type, when known at compile time.
   *
   * @return the type, or empty for a converted value
   */
  public Optional<StoredType> storedType() {
    return Optional.ofNullable(type);
  }

  /**
   * The members of a nested record, when this is one.
   *
   * @return the record's members or empty
   */
  public Optional<RecordShape> recordShape() {
    return Optional.ofNullable(record);
  }
}
