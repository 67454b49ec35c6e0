package dev.dynabind.runtime.context;

import dev.dynabind.runtime.Dynabind;
import dev.dynabind.runtime.ItemDecodeException;
import dev.dynabind.runtime.Repository;
import dev.dynabind.runtime.spi.AttributeTypeException;
import dev.dynabind.runtime.spi.Decoders;
import dev.dynabind.runtime.spi.Encoders;
import dev.dynabind.runtime.spi.KeyAttribute;
import dev.dynabind.runtime.spi.TableCodec;
import dev.dynabind.runtime.spi.TableMetadata;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** A table keyed by a string, with a codec written the way the processor writes them. */
record Person(String id, String name) {

  static final class Codec implements TableCodec<Person, String> {
    static final Codec INSTANCE = new Codec();
    private static final TableMetadata METADATA = new TableMetadata(
        "people", new KeyAttribute("id", "id", ScalarAttributeType.S), null, null);

    @Override
    public TableMetadata metadata() {
      return METADATA;
    }

    @Override
    public Map<String, AttributeValue> encode(Person item) {
      Map<String, AttributeValue> out = Encoders.newItem(2);
      out.put("id", Encoders.key("people", "id", Encoders.string(item.id())));
      Encoders.put(out, "name", Encoders.string(item.name()));
      return out;
    }

    @Override
    public Person decode(Map<String, AttributeValue> item) {
      try {
        return new Person(Decoders.string(item.get("id"), "id"),
            Decoders.string(item.get("name"), "name"));
      } catch (AttributeTypeException e) {
        throw ItemDecodeException.of(METADATA, item, e);
      }
    }

    @Override
    public Map<String, AttributeValue> encodeKey(String key) {
      Map<String, AttributeValue> out = Encoders.newItem(1);
      out.put("id", Encoders.key("people", "id", Encoders.string(key)));
      return out;
    }

    @Override
    public String keyOf(Person item) {
      return item.id();
    }
  }

  static final class Repo extends Repository<Person, String> {
    Repo(Dynabind db) {
      super(db, Codec.INSTANCE);
    }
  }
}
