package dev.dynabind.runtime.expression;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The size of an attribute, to compare: characters of a string, bytes of a binary, elements of
 * a set or list, entries of a map.
 */
public final class Size {
  private final AttributePath path;

  Size(AttributePath path) {
    this.path = path;
  }

  /**
   * @param n the size
   * @return {@code size(path) = :n}
   */
  public Condition eq(long n) {
    return compare("=", n);
  }

  /**
   * @param n the size
   * @return {@code size(path) <> :n}
   */
  public Condition ne(long n) {
    return compare("<>", n);
  }

  /**
   * @param n the bound, excluded
   * @return {@code size(path) < :n}
   */
  public Condition lt(long n) {
    return compare("<", n);
  }

  /**
   * @param n the bound, included
   * @return {@code size(path) <= :n}
   */
  public Condition le(long n) {
    return compare("<=", n);
  }

  /**
   * @param n the bound, excluded
   * @return {@code size(path) > :n}
   */
  public Condition gt(long n) {
    return compare(">", n);
  }

  /**
   * @param n the bound, included
   * @return {@code size(path) >= :n}
   */
  public Condition ge(long n) {
    return compare(">=", n);
  }

  /**
   * @param low the lower bound, included
   * @param high the upper bound, included
   * @return {@code size(path) BETWEEN :low AND :high}
   */
  public Condition between(long low, long high) {
    return new Conditions.Between(new Conditions.Operand(path, true), number(low), number(high));
  }

  private Condition compare(String operator, long n) {
    return new Conditions.Compare(new Conditions.Operand(path, true), operator, number(n));
  }

  private static AttributeValue number(long n) {
    return AttributeValue.fromN(Long.toString(n));
  }
}
