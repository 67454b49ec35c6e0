package bad;

import dev.dynabind.runtime.AttributeConverter;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

public class TextConverter implements AttributeConverter<StringBuilder> {
  @Override
  public AttributeValue toAttributeValue(StringBuilder value) {
    return AttributeValue.fromS(value.toString());
  }

  @Override
  public StringBuilder fromAttributeValue(AttributeValue value) {
    return new StringBuilder(value.s());
  }
}
