package dev.dynabind.runtime.spi;

/**
 * The DynamoDB data types an attribute value can have, named as the service names them in
 * {@code AttributeValue} and in {@code attribute_type(...)} conditions.
 */
public enum StoredType {
  /** A string. */
  S,
  /** A number. */
  N,
  /** Binary data. */
  B,
  /** A boolean. */
  BOOL,
  /** The null marker; generated codecs write it only for null elements of lists and maps. */
  NULL,
  /** A set of strings. */
  SS,
  /** A set of numbers. */
  NS,
  /** A set of binary values. */
  BS,
  /** A list. */
  L,
  /** A map: from {@code Map<String, V>} or from a nested record. */
  M;

  /**
   * Whether a key attribute may have this type: DynamoDB keys are S, N or B.
   *
   * @return true for S, N and B
   */
  public boolean isKeyType() {
    return this == S || this == N || this == B;
  }
}
