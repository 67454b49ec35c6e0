package dev.dynabind.it;

import dev.dynabind.runtime.AttributeConverter;
import java.math.BigDecimal;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Stores {@link Money} as one S attribute such as {@code "12.30 EUR"}. */
public final class MoneyConverter implements AttributeConverter<Money> {

  /** Created by generated code with {@code new}. */
  public MoneyConverter() {}

  @Override
  public AttributeValue toAttributeValue(Money value) {
    return AttributeValue.fromS(value.toString());
  }

  @Override
  public Money fromAttributeValue(AttributeValue value) {
    String text = value.s();
    if (text == null) {
      throw new IllegalArgumentException("money must be stored as S");
    }
    int space = text.indexOf(' ');
    if (space < 0) {
      // Echoes the stored text, as many converters' messages do.
      throw new IllegalArgumentException("money must look like '12.30 EUR', not '" + text + "'");
    }
    return new Money(new BigDecimal(text.substring(0, space)), text.substring(space + 1));
  }
}
