package dev.dynabind.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reads the records of an import file one at a time, so that memory does not grow with the file.
 * A record that does not fit is returned with its problem, and reading goes on with the next.
 */
abstract class ItemSource implements Closeable {
  private long number;

  /** The next record, or null at the end of the file. */
  abstract SourceRecord next() throws IOException;

  /** Records a read record, whether it fits or not. */
  final SourceRecord counted(long line, Map<String, AttributeValue> item, LineException problem) {
    number++;
    return new SourceRecord(number, line, item, problem);
  }

  static ItemSource of(Format format, InputStream in, Typing typing) throws IOException {
    Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
    return switch (format) {
      case DYNAMODB_JSON, JSON_LINES -> new JsonLines(format, new BufferedReader(reader), typing);
      case JSON_ARRAY -> new JsonArray(ItemSink.JSON.createParser(reader), typing);
      case CSV -> new CsvSource(reader, typing);
    };
  }

  /** One JSON object per line; each line is parsed alone, so a broken line spoils nothing else. */
  private static final class JsonLines extends ItemSource {
    private final Format format;
    private final BufferedReader reader;
    private final Typing typing;
    private long line;

    JsonLines(Format format, BufferedReader reader, Typing typing) {
      this.format = format;
      this.reader = reader;
      this.typing = typing;
    }

    @Override
    SourceRecord next() throws IOException {
      String text;
      do {
        text = reader.readLine();
        line++;
        if (text == null) {
          return null;
        }
      } while (text.isBlank());
      try (JsonParser parser = ItemSink.JSON.createParser(text)) {
        parser.nextToken();
        Map<String, AttributeValue> item = format == Format.DYNAMODB_JSON
            ? awsItem(parser) : PlainJson.readItem(parser, typing.attributes());
        if (parser.nextToken() != null) {
          throw new LineException("", "expected one JSON object on the line");
        }
        return counted(line, item, null);
      } catch (LineException e) {
        return counted(line, null, e);
      } catch (JsonProcessingException e) {
        return counted(line, null, new LineException("", "malformed JSON"));
      }
    }

    /** AWS's export wraps each item: {@code {"Item":{...}}}. */
    private static Map<String, AttributeValue> awsItem(JsonParser parser) throws IOException {
      DynamoJson.expect(parser, JsonToken.START_OBJECT, "", "{\"Item\": ...}");
      if (parser.nextToken() != JsonToken.FIELD_NAME || !"Item".equals(parser.currentName())) {
        throw new LineException("", "expected {\"Item\": ...}");
      }
      parser.nextToken();
      Map<String, AttributeValue> item = DynamoJson.readItem(parser, "");
      if (parser.nextToken() != JsonToken.END_OBJECT) {
        throw new LineException("", "expected {\"Item\": ...} with no other member");
      }
      return item;
    }

    @Override
    public void close() throws IOException {
      reader.close();
    }
  }

  /** One JSON array of objects, streamed element by element. */
  private static final class JsonArray extends ItemSource {
    private final JsonParser parser;
    private final Typing typing;
    private boolean started;

    JsonArray(JsonParser parser, Typing typing) {
      this.parser = parser;
      this.typing = typing;
    }

    @Override
    SourceRecord next() throws IOException {
      if (!started) {
        started = true;
        if (parser.nextToken() != JsonToken.START_ARRAY) {
          throw new ImportException("the file is not a JSON array", null);
        }
      }
      JsonToken token = parser.nextToken();
      if (token == JsonToken.END_ARRAY || token == null) {
        return null;
      }
      long line = parser.currentTokenLocation().getLineNr();
      try {
        return counted(line, PlainJson.readItem(parser, typing.attributes()), null);
      } catch (LineException e) {
        // On to the end of this element, so the next one is read whole.
        while (!atArrayLevel() && parser.nextToken() != null) {
          // skipping the rest of the element
        }
        return counted(line, null, e);
      }
    }

    private boolean atArrayLevel() {
      JsonStreamContext context = parser.getParsingContext();
      return context.inArray() && context.getParent().inRoot();
    }

    @Override
    public void close() throws IOException {
      parser.close();
    }
  }
}
