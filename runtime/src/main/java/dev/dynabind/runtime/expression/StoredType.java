package dev.dynabind.runtime.expression;

/** The DynamoDB data types, as {@code attribute_type} names them. */
public enum StoredType {
  /** A string. */
  S,
  /** A number. */
  N,
  /** Binary data. */
  B,
  /** A boolean. */
  BOOL,
  /** The NULL value. */
  NULL,
  /** A string set. */
  SS,
  /** A number set. */
  NS,
  /** A binary set. */
  BS,
  /** A list. */
  L,
  /** A map. */
  M
}
