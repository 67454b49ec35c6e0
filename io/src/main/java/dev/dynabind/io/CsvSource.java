package dev.dynabind.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.dynabind.runtime.spi.AttributeShape;
import dev.dynabind.runtime.spi.KeyAttribute;
import dev.dynabind.runtime.spi.StoredType;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** CSV rows with a header of attribute names; an empty cell is an absent attribute. */
final class CsvSource extends ItemSource {
  private final CSVParser parser;
  private final Iterator<CSVRecord> rows;
  private final Typing typing;
  private final List<String> columns;
  private final AttributeShape[] shapes;
  private long lastLine;

  CsvSource(Reader reader, Typing typing) throws IOException {
    this.parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(reader);
    this.rows = parser.iterator();
    this.typing = typing;
    this.columns = parser.getHeaderNames();
    this.lastLine = parser.getCurrentLineNumber();
    this.shapes = new AttributeShape[columns.size()];
    for (int i = 0; i < shapes.length; i++) {
      String column = columns.get(i);
      if (typing.attributes() != null) {
        try {
          shapes[i] = Shapes.member(typing.attributes(), column, column);
        } catch (LineException e) {
          throw new ImportException("CSV column '" + column + "' of table '"
              + typing.metadata().tableName() + "': " + e.getMessage(), null);
        }
      } else {
        KeyAttribute key = typing.key(column);
        shapes[i] = key == null ? null : AttributeShape.of(StoredType.valueOf(key.type().name()));
      }
    }
  }

  @Override
  SourceRecord next() throws IOException {
    CSVRecord row;
    try {
      if (!rows.hasNext()) {
        return null;
      }
      row = rows.next();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    // A row starts on the line after the previous row ended (quoted cells may span lines).
    long line = lastLine + 1;
    lastLine = parser.getCurrentLineNumber();
    try {
      if (row.size() != columns.size()) {
        throw new LineException("", "expected " + columns.size() + " cells, found " + row.size());
      }
      Map<String, AttributeValue> item = new LinkedHashMap<>();
      for (int i = 0; i < shapes.length; i++) {
        String cell = row.get(i);
        if (!cell.isEmpty()) {
          item.put(columns.get(i), value(cell, shapes[i], columns.get(i)));
        }
      }
      return counted(line, item, null);
    } catch (LineException e) {
      return counted(line, null, e);
    }
  }

  private AttributeValue value(String cell, AttributeShape shape, String column)
      throws IOException {
    StoredType type = shape == null ? null : shape.type();
    if (type == null) {
      boolean json = cell.startsWith("[") || cell.startsWith("{");
      if (json) {
        try {
          return json(cell, null, column);
        } catch (LineException | JsonProcessingException e) {
          // Text that only looks like JSON stays text.
        }
      }
      return AttributeValue.fromS(cell);
    }
    return switch (type) {
      case S -> AttributeValue.fromS(cell);
      case N -> AttributeValue.fromN(Numbers.checked(cell, column));
      case B -> AttributeValue.fromB(Numbers.base64(cell, column));
      case BOOL -> switch (cell) {
        case "true" -> AttributeValue.fromBool(true);
        case "false" -> AttributeValue.fromBool(false);
        default -> throw new LineException(column, "expected true or false");
      };
      default -> {
        try {
          yield json(cell, shape, column);
        } catch (JsonProcessingException e) {
          throw new LineException(column, "malformed JSON");
        }
      }
    };
  }

  private static AttributeValue json(String cell, AttributeShape shape, String column)
      throws IOException {
    try (JsonParser parser = ItemSink.JSON.createParser(cell)) {
      parser.nextToken();
      AttributeValue value = PlainJson.readValue(parser, shape, column);
      if (parser.nextToken() != null) {
        throw new LineException(column, "expected one JSON value");
      }
      return value;
    }
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
