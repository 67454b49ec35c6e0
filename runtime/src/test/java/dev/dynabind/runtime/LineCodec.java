package dev.dynabind.runtime;

import dev.dynabind.runtime.spi.Decoders;
import dev.dynabind.runtime.spi.Encoders;
import dev.dynabind.runtime.spi.KeyAttribute;
import dev.dynabind.runtime.spi.TableCodec;
import dev.dynabind.runtime.spi.TableMetadata;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** A codec for {@link Line}: partition key {@code order}, sort key {@code no}. */
final class LineCodec implements TableCodec<Line, Line.Key> {
  static final LineCodec INSTANCE = new LineCodec();
  private static final TableMetadata METADATA = new TableMetadata("lines",
      new KeyAttribute("order", "order", ScalarAttributeType.S),
      new KeyAttribute("no", "no", ScalarAttributeType.N), null);

  @Override
  public TableMetadata metadata() {
    return METADATA;
  }

  @Override
  public Map<String, AttributeValue> encode(Line line) {
    Map<String, AttributeValue> out = encodeKey(new Line.Key(line.order(), line.no()));
    Encoders.put(out, "sku", Encoders.string(line.sku()));
    return out;
  }

  @Override
  public Line decode(Map<String, AttributeValue> item) {
    return new Line(Decoders.string(item.get("order"), "order"),
        Decoders.intValue(item.get("no"), "no"), Decoders.string(item.get("sku"), "sku"));
  }

  @Override
  public Map<String, AttributeValue> encodeKey(Line.Key key) {
    if (key == null) {
      throw new IllegalArgumentException("Key of table 'lines' is null");
    }
    Map<String, AttributeValue> out = Encoders.newItem(3);
    out.put("order", Encoders.key("lines", "order", Encoders.string(key.order())));
    out.put("no", Encoders.number(key.no()));
    return out;
  }

  @Override
  public Line.Key keyOf(Line line) {
    return new Line.Key(line.order(), line.no());
  }
}
