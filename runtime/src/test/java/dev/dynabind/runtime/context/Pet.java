package dev.dynabind.runtime.context;

import dev.dynabind.runtime.Dynabind;
import dev.dynabind.runtime.KeyAttribute;
import dev.dynabind.runtime.Repository;
import dev.dynabind.runtime.TableCodec;
import dev.dynabind.runtime.TableMetadata;
import dev.dynabind.runtime.codec.AttributeTypeException;
import dev.dynabind.runtime.codec.Decoders;
import dev.dynabind.runtime.codec.Encoders;
import dev.dynabind.runtime.ItemDecodeException;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** A table with a composite key (string partition, number sort). */
record Pet(String owner, long number, String name) {

  record Key(String owner, long number) {}

  static final class Codec implements TableCodec<Pet, Key> {
    static final Codec INSTANCE = new Codec();
    private static final TableMetadata METADATA = new TableMetadata("pets",
        new KeyAttribute("owner", "owner", ScalarAttributeType.S),
        new KeyAttribute("number", "number", ScalarAttributeType.N), null);

    @Override
    public TableMetadata metadata() {
      return METADATA;
    }

    @Override
    public Map<String, AttributeValue> encode(Pet item) {
      Map<String, AttributeValue> out = Encoders.newItem(3);
      out.put("owner", Encoders.key("pets", "owner", Encoders.string(item.owner())));
      out.put("number", Encoders.number(item.number()));
      Encoders.put(out, "name", Encoders.string(item.name()));
      return out;
    }

    @Override
    public Pet decode(Map<String, AttributeValue> item) {
      try {
        return new Pet(Decoders.string(item.get("owner"), "owner"),
            Decoders.longValue(item.get("number"), "number"),
            Decoders.string(item.get("name"), "name"));
      } catch (AttributeTypeException e) {
        throw ItemDecodeException.of(METADATA, item, e);
      }
    }

    @Override
    public Map<String, AttributeValue> encodeKey(Key key) {
      if (key == null) {
        throw new IllegalArgumentException("Key of table 'pets' is null");
      }
      Map<String, AttributeValue> out = Encoders.newItem(2);
      out.put("owner", Encoders.key("pets", "owner", Encoders.string(key.owner())));
      out.put("number", Encoders.number(key.number()));
      return out;
    }

    @Override
    public Key keyOf(Pet item) {
      return new Key(item.owner(), item.number());
    }
  }

  static final class Repo extends Repository<Pet, Key> {
    Repo(Dynabind db) {
      super(db, Codec.INSTANCE);
    }
  }
}
