package bad;

import dev.dynabind.Convert;
import dev.dynabind.Key;
import dev.dynabind.Table;
import dev.dynabind.runtime.AttributeConverter;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

public class ConverterErrors {
  @Table("converted")
  record Converted(
      @Key String id,
      @Convert(NeedsArgument.class) StringBuilder needsArgument,
      @Convert(Abstract.class) StringBuilder abstractOne,
      @Convert(TextConverter.class) Integer wrongType,
      @Convert(NotAConverter.class) StringBuilder notAConverter) {}

  public static class NeedsArgument extends TextConverter {
    public NeedsArgument(String argument) {}
  }

  public abstract static class Abstract extends TextConverter {}

  public static class NotAConverter {}
}
