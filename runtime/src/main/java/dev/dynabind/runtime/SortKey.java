package dev.dynabind.runtime;

import java.util.Objects;

/**
 * A condition on the sort key of a query, typed by the sort key component's type.
 *
 * <pre>{@code
 * orders.query("c-1", SortKey.between(100L, 200L))
 * }</pre>
 *
 * @param <S> the sort key type
 */
public final class SortKey<S> {
  /** The comparison a condition makes. */
  public enum Operator {
    /** {@code sk = :v}. */
    EQ("="),
    /** {@code sk < :v}. */
    LT("<"),
    /** {@code sk <= :v}. */
    LE("<="),
    /** {@code sk > :v}. */
    GT(">"),
    /** {@code sk >= :v}. */
    GE(">="),
    /** {@code sk BETWEEN :v AND :w}, both ends included. */
    BETWEEN("BETWEEN"),
    /** {@code begins_with(sk, :v)}, for string and binary sort keys. */
    BEGINS_WITH("begins_with");

    private final String symbol;

    Operator(String symbol) {
      this.symbol = symbol;
    }

    /**
     * The operator as DynamoDB's expression syntax spells it.
     *
     * @return the symbol
     */
    public String symbol() {
      return symbol;
    }
  }

  private final Operator operator;
  private final S value;
  private final S upper;

  private SortKey(Operator operator, S value, S upper) {
    this.operator = operator;
    this.value = Objects.requireNonNull(value, "sort key value");
    this.upper = upper;
  }

  /**
   * Items whose sort key equals a value.
   *
   * @param value the sort key
   * @param <S> the sort key type
   * @return the condition <code>sk = value</code>
   */
  public static <S> SortKey<S> eq(S value) {
    return new SortKey<>(Operator.EQ, value, null);
  }

  /**
   * Items whose sort key is below a bound.
   *
   * @param value the bound (excluded)
   * @param <S> the sort key type
   * @return the condition <code>sk &lt; value</code>
   */
  public static <S> SortKey<S> lt(S value) {
    return new SortKey<>(Operator.LT, value, null);
  }

  /**
   * Items whose sort key is at most a bound.
   *
   * @param value the bound (included)
   * @param <S> the sort key type
   * @return the condition <code>sk &lt;= value</code>
   */
  public static <S> SortKey<S> le(S value) {
    return new SortKey<>(Operator.LE, value, null);
  }

  /**
   * Items whose sort key is above a bound.
   *
   * @param value the bound (excluded)
   * @param <S> the sort key type
   * @return the condition <code>sk &gt; value</code>
   */
  public static <S> SortKey<S> gt(S value) {
    return new SortKey<>(Operator.GT, value, null);
  }

  /**
   * Items whose sort key is at least a bound.
   *
   * @param value the bound (included)
   * @param <S> the sort key type
   * @return the condition <code>sk &gt;= value</code>
   */
  public static <S> SortKey<S> ge(S value) {
    return new SortKey<>(Operator.GE, value, null);
  }

  /**
   * Both bounds included.
   *
   * @param low the lower bound
   * @param high the upper bound
   * @param <S> their type
   * @return the condition <code>low &lt;= sk &lt;= high</code>
   */
  public static <S> SortKey<S> between(S low, S high) {
    return new SortKey<>(Operator.BETWEEN, low, Objects.requireNonNull(high, "upper bound"));
  }

  /**
   * For string and binary sort keys.
   *
   * @param prefix the prefix
   * @param <S> its type
   * @return {@code begins_with(sk, prefix)}
   */
  public static <S> SortKey<S> beginsWith(S prefix) {
    return new SortKey<>(Operator.BEGINS_WITH, prefix, null);
  }

  /**
   * The comparison.
   *
   * @return the operator
   */
  public Operator operator() {
    return operator;
  }

  /**
   * The value compared with.
   *
   * @return the value, or the lower bound of {@code between}
   */
  public S value() {
    return value;
  }

  /**
   * The upper bound.
   *
   * @return the upper bound of {@code between}, else null
   */
  public S upper() {
    return upper;
  }
}
