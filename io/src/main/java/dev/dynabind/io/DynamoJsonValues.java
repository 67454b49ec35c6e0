package dev.dynabind.io;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** One attribute value written in DynamoDB JSON, such as {@code {"S":"text"}}. API. */
public final class DynamoJsonValues {
  private DynamoJsonValues() {}

  /**
   * Reads a value.
   *
   * @param json DynamoDB JSON such as {@code {"N":"1"}} or {@code {"SS":["a","b"]}}
   * @return the value
   * @throws IllegalArgumentException when the text is not one DynamoDB JSON value
   */
  public static AttributeValue parse(String json) {
    if (json == null) {
      throw new IllegalArgumentException("json is null");
    }
    try (JsonParser in = ItemSink.JSON.createParser(json)) {
      in.nextToken();
      AttributeValue value = DynamoJson.readValue(in, "");
      if (in.nextToken() != null) {
        throw new LineException("", "more than one value");
      }
      return value;
    } catch (IOException | LineException e) {
      throw new IllegalArgumentException("not a DynamoDB JSON value such as {\"S\":\"text\"}: "
          + e.getMessage(), e);
    }
  }
}
