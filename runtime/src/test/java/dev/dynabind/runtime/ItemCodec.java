package dev.dynabind.runtime;

import dev.dynabind.runtime.spi.Decoders;
import dev.dynabind.runtime.spi.Encoders;
import dev.dynabind.runtime.spi.KeyAttribute;
import dev.dynabind.runtime.spi.LockSpec;
import dev.dynabind.runtime.spi.TableCodec;
import dev.dynabind.runtime.spi.TableMetadata;
import java.time.Duration;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** A codec written the way the processor writes them, for {@link Item}. */
final class ItemCodec implements TableCodec<Item, String> {
  static final ItemCodec PLAIN = new ItemCodec("items", null);
  static final ItemCodec LOCKED = new ItemCodec("locked_items",
      new LockSpec("#lock", Duration.ofHours(24), Duration.ofHours(1), "version", "ttl"));

  private final TableMetadata metadata;

  private ItemCodec(String table, LockSpec lock) {
    this.metadata = new TableMetadata(table,
        new KeyAttribute("id", "id", ScalarAttributeType.S), null, lock);
  }

  @Override
  public TableMetadata metadata() {
    return metadata;
  }

  @Override
  public Map<String, AttributeValue> encode(Item item) {
    Map<String, AttributeValue> out = Encoders.newItem(3);
    out.put("id", Encoders.key(metadata.tableName(), "id", Encoders.string(item.id())));
    out.put("n", Encoders.number(item.n()));
    Encoders.put(out, "payload", Encoders.string(item.payload()));
    return out;
  }

  @Override
  public Item decode(Map<String, AttributeValue> item) {
    return new Item(Decoders.string(item.get("id"), "id"), Decoders.intValue(item.get("n"), "n"),
        Decoders.string(item.get("payload"), "payload"));
  }

  @Override
  public Map<String, AttributeValue> encodeKey(String key) {
    Map<String, AttributeValue> out = Encoders.newItem(1);
    out.put("id", Encoders.key(metadata.tableName(), "id", Encoders.string(key)));
    return out;
  }

  @Override
  public String keyOf(Item item) {
    return item.id();
  }
}
