package dev.dynabind.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * DynamoDB JSON, the typed notation of the service's own API and of AWS's S3 export: every value
 * is an object with one member named by its type.
 */
final class DynamoJson {
  private DynamoJson() {}

  /** Writes one value in a notation. */
  interface ValueWriter {
    void write(JsonGenerator out, AttributeValue value) throws IOException;
  }

  static void writeItem(JsonGenerator out, Map<String, AttributeValue> item) throws IOException {
    writeObject(out, item, DynamoJson::writeValue);
  }

  /** An item or map as a JSON object, member by member, in either notation. */
  static void writeObject(JsonGenerator out, Map<String, AttributeValue> members,
      ValueWriter values) throws IOException {
    out.writeStartObject();
    for (Map.Entry<String, AttributeValue> member : members.entrySet()) {
      out.writeFieldName(member.getKey());
      values.write(out, member.getValue());
    }
    out.writeEndObject();
  }

  static void writeValue(JsonGenerator out, AttributeValue value) throws IOException {
    out.writeStartObject();
    switch (value.type()) {
      case S -> out.writeStringField("S", value.s());
      case N -> out.writeStringField("N", value.n());
      case B -> out.writeStringField("B", base64(value.b()));
      case BOOL -> out.writeBooleanField("BOOL", value.bool());
      case NUL -> out.writeBooleanField("NULL", true);
      case SS -> writeStrings(out, "SS", value.ss());
      case NS -> writeStrings(out, "NS", value.ns());
      case BS -> {
        out.writeArrayFieldStart("BS");
        for (SdkBytes bytes : value.bs()) {
          out.writeString(base64(bytes));
        }
        out.writeEndArray();
      }
      case L -> {
        out.writeArrayFieldStart("L");
        for (AttributeValue element : value.l()) {
          writeValue(out, element);
        }
        out.writeEndArray();
      }
      case M -> {
        out.writeFieldName("M");
        writeItem(out, value.m());
      }
      default -> throw new IllegalArgumentException("an attribute value of unknown type");
    }
    out.writeEndObject();
  }

  private static void writeStrings(JsonGenerator out, String type, List<String> values)
      throws IOException {
    out.writeArrayFieldStart(type);
    for (String value : values) {
      out.writeString(value);
    }
    out.writeEndArray();
  }

  static String base64(SdkBytes bytes) {
    return Base64.getEncoder().encodeToString(bytes.asByteArrayUnsafe());
  }

  /** Reads a map of typed values; the parser is on its START_OBJECT. */
  static Map<String, AttributeValue> readItem(JsonParser in, String path) throws IOException {
    expect(in, JsonToken.START_OBJECT, path, "an object");
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    while (in.nextToken() == JsonToken.FIELD_NAME) {
      String name = in.currentName();
      in.nextToken();
      item.put(name, readValue(in, path.isEmpty() ? name : path + "." + name));
    }
    return item;
  }

  /** Reads one typed value; the parser is on its START_OBJECT. */
  static AttributeValue readValue(JsonParser in, String path) throws IOException {
    expect(in, JsonToken.START_OBJECT, path, "a typed value such as {\"S\": ...}");
    if (in.nextToken() != JsonToken.FIELD_NAME) {
      throw new LineException(path, "a typed value needs exactly one type member");
    }
    String type = in.currentName();
    JsonToken token = in.nextToken();
    AttributeValue value = switch (type) {
      case "S" -> AttributeValue.fromS(text(in, token, path));
      case "N" -> AttributeValue.fromN(Numbers.checked(text(in, token, path), path));
      case "B" -> AttributeValue.fromB(Numbers.base64(text(in, token, path), path));
      case "BOOL" -> AttributeValue.fromBool(bool(token, path));
      case "NULL" -> {
        bool(token, path);
        yield AttributeValue.fromNul(true);
      }
      case "SS" -> AttributeValue.fromSs(texts(in, token, path));
      case "NS" -> AttributeValue.fromNs(
          texts(in, token, path).stream().map(n -> Numbers.checked(n, path)).toList());
      case "BS" -> AttributeValue.fromBs(
          texts(in, token, path).stream().map(b -> Numbers.base64(b, path)).toList());
      case "L" -> {
        expect(in, JsonToken.START_ARRAY, path, "an array");
        List<AttributeValue> list = new ArrayList<>();
        while (in.nextToken() != JsonToken.END_ARRAY) {
          list.add(readValue(in, path + "[" + list.size() + "]"));
        }
        yield AttributeValue.fromL(list);
      }
      case "M" -> AttributeValue.fromM(readItem(in, path));
      default -> throw new LineException(path, "unknown DynamoDB type '" + type + "'");
    };
    if (in.nextToken() != JsonToken.END_OBJECT) {
      throw new LineException(path, "a typed value needs exactly one type member");
    }
    return value;
  }

  private static String text(JsonParser in, JsonToken token, String path) throws IOException {
    if (token != JsonToken.VALUE_STRING) {
      throw new LineException(path, "expected a string");
    }
    return in.getText();
  }

  private static boolean bool(JsonToken token, String path) {
    if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
      throw new LineException(path, "expected true or false");
    }
    return token == JsonToken.VALUE_TRUE;
  }

  private static List<String> texts(JsonParser in, JsonToken token, String path)
      throws IOException {
    expect(in, JsonToken.START_ARRAY, path, "an array");
    List<String> values = new ArrayList<>();
    while ((token = in.nextToken()) != JsonToken.END_ARRAY) {
      values.add(text(in, token, path));
    }
    return values;
  }

  static void expect(JsonParser in, JsonToken token, String path, String what) {
    if (in.currentToken() != token) {
      throw new LineException(path, "expected " + what);
    }
  }
}
