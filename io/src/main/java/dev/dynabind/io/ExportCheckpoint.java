package dev.dynabind.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * How far an export got: for each scan segment, whether it is done or the key to continue after
 * (its last LastEvaluatedKey), and the items written so far. Every checkpoint an export reports
 * describes exactly the items written and flushed to its output at that moment; resuming from
 * it ({@link TableExport#resumeFrom}) and appending to that output yields every item once.
 * Its text form (JSON, keys in DynamoDB JSON) is what {@link #toString()} gives and
 * {@link #parse} reads.
 */
public final class ExportCheckpoint {
  private final List<Map<String, AttributeValue>> startKeys;
  private final boolean[] done;
  private final long items;

  private ExportCheckpoint(List<Map<String, AttributeValue>> startKeys, boolean[] done,
      long items) {
    this.startKeys = Collections.unmodifiableList(new ArrayList<>(startKeys));
    this.done = done.clone();
    this.items = items;
  }

  /** The start of an export in some segments. */
  static ExportCheckpoint start(int segments) {
    return new ExportCheckpoint(Collections.nCopies(segments, null), new boolean[segments], 0);
  }

  /** This checkpoint after one more page of a segment was written. */
  ExportCheckpoint after(int segment, Map<String, AttributeValue> lastEvaluatedKey, int written) {
    List<Map<String, AttributeValue>> keys = new ArrayList<>(startKeys);
    boolean[] finished = done.clone();
    boolean last = lastEvaluatedKey == null || lastEvaluatedKey.isEmpty();
    keys.set(segment, last ? null : Map.copyOf(lastEvaluatedKey));
    finished[segment] = last;
    return new ExportCheckpoint(keys, finished, items + written);
  }

  /**
   * The number of scan segments; a resumed export scans in as many.
   *
   * @return segments
   */
  public int segments() {
    return done.length;
  }

  /**
   * Items written.
   *
   * @return items
   */
  public long items() {
    return items;
  }

  /**
   * Whether a segment was read to its end.
   *
   * @param segment from 0
   * @return true when done
   */
  public boolean done(int segment) {
    return done[segment];
  }

  /**
   * Whether every segment was read to its end.
   *
   * @return true when the export is complete
   */
  public boolean complete() {
    for (boolean d : done) {
      if (!d) {
        return false;
      }
    }
    return true;
  }

  /** The ExclusiveStartKey a segment continues with, or null for its start (or when done). */
  Map<String, AttributeValue> startKey(int segment) {
    return startKeys.get(segment);
  }

  /**
   * The text form.
   *
   * @return {@code {"items":N,"segments":[...]}}, one element per segment: {@code {"done":true}},
   *     <code>{"after":{key in DynamoDB JSON}}</code> or <code>{}</code> when not started
   */
  @Override
  public String toString() {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = ItemSink.JSON.createGenerator(text)) {
      out.writeStartObject();
      out.writeNumberField("items", items);
      out.writeArrayFieldStart("segments");
      for (int i = 0; i < done.length; i++) {
        out.writeStartObject();
        if (done[i]) {
          out.writeBooleanField("done", true);
        } else if (startKeys.get(i) != null) {
          out.writeFieldName("after");
          DynamoJson.writeItem(out, startKeys.get(i));
        }
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  /**
   * Reads the text form.
   *
   * @param text what {@link #toString()} gave
   * @return the checkpoint
   * @throws IllegalArgumentException when the text is not a checkpoint
   */
  public static ExportCheckpoint parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException("checkpoint is null");
    }
    try (JsonParser in = ItemSink.JSON.createParser(text)) {
      long items = -1;
      List<Map<String, AttributeValue>> keys = new ArrayList<>();
      List<Boolean> finished = new ArrayList<>();
      require(in.nextToken() == JsonToken.START_OBJECT);
      while (in.nextToken() == JsonToken.FIELD_NAME) {
        String name = in.currentName();
        JsonToken token = in.nextToken();
        if (name.equals("items") && token == JsonToken.VALUE_NUMBER_INT) {
          items = in.getLongValue();
        } else if (name.equals("segments") && token == JsonToken.START_ARRAY) {
          while (in.nextToken() == JsonToken.START_OBJECT) {
            Map<String, AttributeValue> key = null;
            boolean segmentDone = false;
            while (in.nextToken() == JsonToken.FIELD_NAME) {
              String member = in.currentName();
              in.nextToken();
              if (member.equals("done")) {
                segmentDone = in.currentToken() == JsonToken.VALUE_TRUE;
              } else if (member.equals("after")) {
                key = DynamoJson.readItem(in, "after");
              } else {
                require(false);
              }
            }
            keys.add(key);
            finished.add(segmentDone);
          }
        } else {
          require(false);
        }
      }
      require(items >= 0 && !keys.isEmpty());
      boolean[] done = new boolean[finished.size()];
      for (int i = 0; i < done.length; i++) {
        done[i] = finished.get(i);
      }
      return new ExportCheckpoint(keys, done, items);
    } catch (IOException | LineException e) {
      throw new IllegalArgumentException("not an export checkpoint: " + e.getMessage(), e);
    }
  }

  private static void require(boolean condition) {
    if (!condition) {
      throw new LineException("", "unexpected content");
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ExportCheckpoint that && toString().equals(that.toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }
}
