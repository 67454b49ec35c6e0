package dev.dynabind.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.dynabind.runtime.spi.AttributeShape;
import dev.dynabind.runtime.spi.StoredAttribute;
import dev.dynabind.runtime.spi.StoredType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Plain JSON: values without type tags. Writing loses the DynamoDB type (a set becomes an array,
 * a binary a base64 string); reading gets it back from the record's stored shapes, or, without a
 * record, infers it from the JSON (see {@link Shapes}).
 */
final class PlainJson {
  private PlainJson() {}

  static void writeItem(JsonGenerator out, Map<String, AttributeValue> item) throws IOException {
    DynamoJson.writeObject(out, item, PlainJson::writeValue);
  }

  static void writeValue(JsonGenerator out, AttributeValue value) throws IOException {
    switch (value.type()) {
      case S -> out.writeString(value.s());
      // The stored text, not a double: DynamoDB numbers have up to 38 digits.
      case N -> out.writeNumber(value.n());
      case B -> out.writeString(DynamoJson.base64(value.b()));
      case BOOL -> out.writeBoolean(value.bool());
      case NUL -> out.writeNull();
      case SS -> {
        out.writeStartArray();
        for (String s : value.ss()) {
          out.writeString(s);
        }
        out.writeEndArray();
      }
      case NS -> {
        out.writeStartArray();
        for (String n : value.ns()) {
          out.writeNumber(n);
        }
        out.writeEndArray();
      }
      case BS -> {
        out.writeStartArray();
        for (SdkBytes b : value.bs()) {
          out.writeString(DynamoJson.base64(b));
        }
        out.writeEndArray();
      }
      case L -> {
        out.writeStartArray();
        for (AttributeValue element : value.l()) {
          writeValue(out, element);
        }
        out.writeEndArray();
      }
      case M -> writeItem(out, value.m());
      default -> throw new IllegalArgumentException("an attribute value of unknown type");
    }
  }

  /**
   * Reads one item; the parser is on its START_OBJECT.
   *
   * @param attributes the record's attributes, or null to infer types
   */
  static Map<String, AttributeValue> readItem(JsonParser in, List<StoredAttribute> attributes)
      throws IOException {
    DynamoJson.expect(in, JsonToken.START_OBJECT, "", "an object");
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    while (in.nextToken() == JsonToken.FIELD_NAME) {
      String name = in.currentName();
      AttributeShape shape = attributes == null ? null : Shapes.member(attributes, name, name);
      in.nextToken();
      AttributeValue value = readValue(in, shape, name);
      // A top-level null is an absent attribute, as a null component is never stored.
      if (value.nul() == null) {
        item.put(name, value);
      }
    }
    return item;
  }

  /**
   * Reads one value; the parser is on its first token.
   *
   * @param shape how the record stores it, or null to infer it
   */
  static AttributeValue readValue(JsonParser in, AttributeShape shape, String path)
      throws IOException {
    JsonToken token = in.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return AttributeValue.fromNul(true);
    }
    StoredType type = shape == null ? null : shape.type();
    if (type == null) {
      return inferred(in, token, path);
    }
    return switch (type) {
      case S -> AttributeValue.fromS(string(in, token, path));
      case N -> AttributeValue.fromN(number(in, token, path));
      case B -> AttributeValue.fromB(Numbers.base64(string(in, token, path), path));
      case BOOL -> {
        if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
          throw new LineException(path, "expected true or false");
        }
        yield AttributeValue.fromBool(token == JsonToken.VALUE_TRUE);
      }
      case NULL -> AttributeValue.fromNul(true);
      case SS -> AttributeValue.fromSs(elements(in, path, i -> string(in, in.currentToken(), i)));
      case NS -> AttributeValue.fromNs(elements(in, path, i -> number(in, in.currentToken(), i)));
      case BS -> AttributeValue.fromBs(elements(in, path,
          i -> Numbers.base64(string(in, in.currentToken(), i), i)));
      case L -> AttributeValue.fromL(
          elements(in, path, i -> readValue(in, shape.element(), i)));
      case M -> AttributeValue.fromM(map(in, shape, path));
    };
  }

  private static Map<String, AttributeValue> map(JsonParser in, AttributeShape shape, String path)
      throws IOException {
    DynamoJson.expect(in, JsonToken.START_OBJECT, path, "an object");
    Map<String, AttributeValue> map = new LinkedHashMap<>();
    while (in.nextToken() == JsonToken.FIELD_NAME) {
      String name = in.currentName();
      String at = path + "." + name;
      AttributeShape member = shape == null ? null
          : shape.record() != null ? Shapes.member(shape.record().members(), name, at)
          : shape.value();
      in.nextToken();
      map.put(name, readValue(in, member, at));
    }
    return map;
  }

  /** Without a record: strings S, numbers N, booleans BOOL, arrays L, objects M. */
  private static AttributeValue inferred(JsonParser in, JsonToken token, String path)
      throws IOException {
    return switch (token) {
      case VALUE_STRING -> AttributeValue.fromS(in.getText());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> AttributeValue.fromN(in.getText());
      case VALUE_TRUE, VALUE_FALSE -> AttributeValue.fromBool(token == JsonToken.VALUE_TRUE);
      case START_ARRAY -> AttributeValue.fromL(elements(in, path, i -> readValue(in, null, i)));
      case START_OBJECT -> AttributeValue.fromM(map(in, null, path));
      default -> throw new LineException(path, "unexpected " + token);
    };
  }

  private static String string(JsonParser in, JsonToken token, String path) throws IOException {
    if (token != JsonToken.VALUE_STRING) {
      throw new LineException(path, "expected a string");
    }
    return in.getText();
  }

  private static String number(JsonParser in, JsonToken token, String path) throws IOException {
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      throw new LineException(path, "expected a number");
    }
    return in.getText();
  }

  private static <T> List<T> elements(JsonParser in, String path, Element<T> element)
      throws IOException {
    DynamoJson.expect(in, JsonToken.START_ARRAY, path, "an array");
    List<T> list = new ArrayList<>();
    while (in.nextToken() != JsonToken.END_ARRAY) {
      list.add(element.read(path + "[" + list.size() + "]"));
    }
    return list;
  }

  @FunctionalInterface
  private interface Element<T> {
    T read(String path) throws IOException;
  }
}
