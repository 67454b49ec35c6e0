package dev.dynabind.it;

import java.math.BigDecimal;
import java.util.Objects;

/** A type Dynabind does not map itself, stored through {@link MoneyConverter}. */
public final class Money {
  private final BigDecimal amount;
  private final String currency;

  Money(BigDecimal amount, String currency) {
    this.amount = Objects.requireNonNull(amount, "amount");
    this.currency = Objects.requireNonNull(currency, "currency");
  }

  static Money of(String amount, String currency) {
    return new Money(new BigDecimal(amount), currency);
  }

  BigDecimal amount() {
    return amount;
  }

  String currency() {
    return currency;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Money that && amount.equals(that.amount)
        && currency.equals(that.currency);
  }

  @Override
  public int hashCode() {
    return Objects.hash(amount, currency);
  }

  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency;
  }
}
