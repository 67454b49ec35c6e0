package dev.dynabind.runtime.internal.expr;

import dev.dynabind.runtime.expression.AttributePath;
import dev.dynabind.runtime.expression.ListField;
import dev.dynabind.runtime.expression.MapField;
import dev.dynabind.runtime.expression.NumberField;
import dev.dynabind.runtime.expression.RecordField;
import dev.dynabind.runtime.expression.SetField;
import dev.dynabind.runtime.expression.StringAttribute;
import dev.dynabind.runtime.expression.StringField;
import dev.dynabind.runtime.expression.ValueField;
import dev.dynabind.runtime.spi.Encoders;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** References written by hand as the processor would generate them, for writer tests. */
final class Refs {
  private Refs() {}

  record Address(String city, String zip) {}

  record Line(String sku, int quantity) {}

  /** The generated kind of reference to a nested record. */
  static final class AddressRef extends RecordField<Address> {
    AddressRef(AttributePath path) {
      super(path, v -> Encoders.nested(encode(v)));
    }

    StringField city() {
      return new StringField(path().child("city"), v -> Encoders.string(v));
    }
  }

  static final class LineRef extends RecordField<Line> {
    LineRef(AttributePath path) {
      super(path, v -> Encoders.nested(Map.of("sku", Encoders.string(v.sku()),
          "quantity", Encoders.number(v.quantity()))));
    }

    StringField sku() {
      return new StringField(path().child("sku"), v -> Encoders.string(v));
    }

    NumberField<Integer> quantity() {
      return new NumberField<>(path().child("quantity"), v -> Encoders.number(v));
    }
  }

  static Map<String, AttributeValue> encode(Address a) {
    return Map.of("city", Encoders.string(a.city()), "zip", Encoders.string(a.zip()));
  }

  enum Status { ACTIVE, BANNED }

  static final StringAttribute id = new StringAttribute(AttributePath.of("id"),
      v -> Encoders.string(v));
  /** Reserved words in DynamoDB: status, name, size, count, values. */
  static final ValueField<Status> status = new ValueField<>(AttributePath.of("status"),
      v -> Encoders.enumName(v));
  static final StringField name = new StringField(AttributePath.of("name"),
      v -> Encoders.string(v));
  static final NumberField<Integer> count = new NumberField<>(AttributePath.of("count"),
      v -> Encoders.number(v));
  static final ValueField<Boolean> active = new ValueField<>(AttributePath.of("active"),
      v -> Encoders.bool(v));
  static final SetField<String> tags = new SetField<>(AttributePath.of("tags"),
      v -> Encoders.stringSet(v), v -> Encoders.string(v));
  static final ListField<Line, LineRef> lines = new ListField<>(AttributePath.of("lines"),
      v -> Encoders.list(v, x -> Encoders.nested(Map.of("sku", Encoders.string(x.sku()),
          "quantity", Encoders.number(x.quantity())))), LineRef::new);
  static final MapField<Integer, NumberField<Integer>> values = new MapField<>(
      AttributePath.of("values"), v -> Encoders.map(v, x -> Encoders.number(x)),
      p -> new NumberField<>(p, v -> Encoders.number(v)));
  static final AddressRef address = new AddressRef(AttributePath.of("address"));
}
