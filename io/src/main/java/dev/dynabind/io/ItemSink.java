package dev.dynabind.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Writes items to an export file in one {@link Format}; items are written one at a time. */
abstract class ItemSink {
  static final JsonFactory JSON = JsonFactory.builder().build();

  abstract void write(Map<String, AttributeValue> item) throws IOException;

  /** Pushes what was written to the stream, so that a checkpoint taken now describes it. */
  abstract void flush() throws IOException;

  /** Ends the format (a JSON array's bracket) and flushes; the stream is left open. */
  abstract void finish() throws IOException;

  /**
   * A sink for a format.
   *
   * @param columns the CSV columns
   * @param resuming whether the stream already holds the start of this export (no CSV header)
   */
  static ItemSink of(Format format, OutputStream out, List<String> columns, boolean resuming)
      throws IOException {
    return format == Format.CSV ? new Csv(out, columns, resuming) : new Json(format, out);
  }

  private static final class Json extends ItemSink {
    private final Format format;
    private final JsonGenerator generator;

    Json(Format format, OutputStream out) throws IOException {
      this.format = format;
      this.generator = JSON.createGenerator(out, JsonEncoding.UTF8);
      generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      generator.setRootValueSeparator(null);
      if (format == Format.JSON_ARRAY) {
        generator.writeStartArray();
      }
    }

    @Override
    void write(Map<String, AttributeValue> item) throws IOException {
      if (format == Format.DYNAMODB_JSON) {
        generator.writeStartObject();
        generator.writeFieldName("Item");
        DynamoJson.writeItem(generator, item);
        generator.writeEndObject();
      } else {
        PlainJson.writeItem(generator, item);
      }
      if (format != Format.JSON_ARRAY) {
        generator.writeRaw('\n');
      }
    }

    @Override
    void flush() throws IOException {
      generator.flush();
    }

    @Override
    void finish() throws IOException {
      if (format == Format.JSON_ARRAY) {
        generator.writeEndArray();
        generator.writeRaw('\n');
      }
      generator.close();
    }
  }

  private static final class Csv extends ItemSink {
    private final List<String> columns;
    private final OutputStreamWriter writer;
    private final CSVPrinter printer;

    Csv(OutputStream out, List<String> columns, boolean resuming) throws IOException {
      this.columns = columns;
      this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      CSVFormat.Builder format = CSVFormat.RFC4180.builder();
      if (!resuming) {
        format.setHeader(columns.toArray(String[]::new));
      }
      this.printer = new CSVPrinter(writer, format.get());
    }

    @Override
    void write(Map<String, AttributeValue> item) throws IOException {
      for (String column : columns) {
        AttributeValue value = item.get(column);
        printer.print(value == null ? "" : cell(value));
      }
      printer.println();
    }

    @Override
    void flush() throws IOException {
      printer.flush();
    }

    @Override
    void finish() throws IOException {
      printer.flush();
    }
  }

  /** A CSV cell: scalars as text, binaries as base64, anything else as plain JSON. */
  static String cell(AttributeValue value) {
    switch (value.type()) {
      case S: return value.s();
      case N: return value.n();
      case B: return DynamoJson.base64(value.b());
      case BOOL: return value.bool().toString();
      default:
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = JSON.createGenerator(text)) {
          PlainJson.writeValue(generator, value);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return text.toString();
    }
  }
}
