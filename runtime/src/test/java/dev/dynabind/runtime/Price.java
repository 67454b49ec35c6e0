package dev.dynabind.runtime;

import dev.dynabind.runtime.codec.Decoders;
import dev.dynabind.runtime.codec.Encoders;
import java.math.BigDecimal;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** A record keyed by a number (an N partition key), with its codec and repository. */
record Price(BigDecimal amount, String label) {

  static final class Codec implements TableCodec<Price, BigDecimal> {
    static final Codec INSTANCE = new Codec();
    private static final TableMetadata METADATA = new TableMetadata("prices",
        new KeyAttribute("amount", "amount", ScalarAttributeType.N), null, null);

    @Override
    public TableMetadata metadata() {
      return METADATA;
    }

    @Override
    public Map<String, AttributeValue> encode(Price item) {
      Map<String, AttributeValue> out = encodeKey(item.amount());
      Encoders.put(out, "label", Encoders.string(item.label()));
      return out;
    }

    @Override
    public Price decode(Map<String, AttributeValue> item) {
      return new Price(Decoders.bigDecimal(item.get("amount"), "amount"),
          Decoders.string(item.get("label"), "label"));
    }

    @Override
    public Map<String, AttributeValue> encodeKey(BigDecimal key) {
      Map<String, AttributeValue> out = Encoders.newItem(2);
      out.put("amount", Encoders.key("prices", "amount", Encoders.number(key)));
      return out;
    }

    @Override
    public BigDecimal keyOf(Price item) {
      return item.amount();
    }
  }

  static final class Repo extends Repository<Price, BigDecimal> {
    Repo(Dynabind db) {
      super(db, Codec.INSTANCE);
    }
  }
}
