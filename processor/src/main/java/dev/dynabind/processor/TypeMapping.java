package dev.dynabind.processor;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.TypeName;

/**
 * How one Java type is stored: a tree mirroring the type's structure, so that writers can emit
 * nested encoders and decoders without looking at {@code TypeMirror}s again.
 */
sealed interface TypeMapping {

  /**
   * A value encoded by one {@code Encoders} method and decoded by one {@code Decoders} method.
   *
   * @param encoder the {@code Encoders} method
   * @param decoder the {@code Decoders} method
   * @param parseOwner the type whose method parses text, or null when the decoder needs no parser
   * @param parser the parsing method of {@code parseOwner} ({@code valueOf}, {@code parse}, ...)
   * @param stored how DynamoDB stores it: S, N, B or BOOL; only S, N and B may be keys
   */
  record Scalar(String encoder, String decoder, TypeName parseOwner, String parser, String stored)
      implements TypeMapping {}

  /** {@code Optional<T>}: empty stores nothing. */
  record OptionalOf(TypeMapping element) implements TypeMapping {}

  /** {@code List<T>}, stored as L. */
  record ListOf(TypeMapping element) implements TypeMapping {}

  /** {@code Map<String, T>}, stored as M. */
  record MapOf(TypeMapping value) implements TypeMapping {}

  /**
   * A DynamoDB set: {@code Set<String>} (SS), a set of numbers (NS) or of {@code SdkBytes} (BS).
   *
   * @param kind {@code string}, {@code number} or {@code binary}
   * @param element the element type; numbers are parsed by it
   * @param emptyWhenAbsent whether an absent attribute reads as an empty set ({@code
   *     @EmptyWhenAbsent}) rather than null
   */
  record SetOf(String kind, TypeName element, boolean emptyWhenAbsent) implements TypeMapping {
    SetOf(String kind, TypeName element) {
      this(kind, element, false);
    }
  }

  /**
   * A record stored as M through the codec's private method pair for it.
   *
   * @param qualifiedName the key into {@link TableModel#records()}
   */
  record NestedRecord(String qualifiedName) implements TypeMapping {}

  /**
   * A component stored through a user converter.
   *
   * @param converter the converter class, the key into {@link TableModel#converters()}
   */
  record Converted(ClassName converter) implements TypeMapping {}
}
