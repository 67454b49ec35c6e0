package dev.dynabind.bench.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The floor: what a careful user writes by hand for {@link Customer} with {@code
 * AttributeValue.fromS/fromN/...}, the same stored form as the generated codec, no validation
 * beyond what the SDK does.
 */
public final class HandWrittenCustomerCodec {
  private HandWrittenCustomerCodec() {}

  /**
   * Encodes a customer; null components are left out.
   *
   * @param c the customer
   * @return the item
   */
  public static Map<String, AttributeValue> encode(Customer c) {
    Map<String, AttributeValue> item = new HashMap<>(17);
    item.put("id", AttributeValue.fromS(c.id()));
    if (c.email() != null) {
      item.put("email", AttributeValue.fromS(c.email()));
    }
    if (c.nickname() != null) {
      item.put("nickname", AttributeValue.fromS(c.nickname()));
    }
    item.put("age", AttributeValue.fromN(Integer.toString(c.age())));
    item.put("visits", AttributeValue.fromN(Long.toString(c.visits())));
    item.put("verified", AttributeValue.fromBool(c.verified()));
    if (c.status() != null) {
      item.put("status", AttributeValue.fromS(c.status().name()));
    }
    if (c.createdAt() != null) {
      item.put("createdAt", AttributeValue.fromS(c.createdAt().toString()));
    }
    if (c.balance() != null) {
      item.put("balance", AttributeValue.fromN(c.balance().toString()));
    }
    if (c.tags() != null) {
      List<AttributeValue> tags = new ArrayList<>(c.tags().size());
      for (String tag : c.tags()) {
        tags.add(AttributeValue.fromS(tag));
      }
      item.put("tags", AttributeValue.fromL(tags));
    }
    if (c.attributes() != null) {
      Map<String, AttributeValue> attributes = new HashMap<>();
      for (Map.Entry<String, String> e : c.attributes().entrySet()) {
        attributes.put(e.getKey(), AttributeValue.fromS(e.getValue()));
      }
      item.put("attributes", AttributeValue.fromM(attributes));
    }
    Address a = c.address();
    if (a != null) {
      Map<String, AttributeValue> address = new HashMap<>(5);
      if (a.street() != null) {
        address.put("street", AttributeValue.fromS(a.street()));
      }
      if (a.city() != null) {
        address.put("city", AttributeValue.fromS(a.city()));
      }
      if (a.zip() != null) {
        address.put("zip", AttributeValue.fromS(a.zip()));
      }
      item.put("address", AttributeValue.fromM(address));
    }
    return item;
  }

  /**
   * Decodes a customer; absent attributes read as null or zero.
   *
   * @param item the item
   * @return the customer
   */
  public static Customer decode(Map<String, AttributeValue> item) {
    AttributeValue tags = item.get("tags");
    List<String> tagList = null;
    if (tags != null) {
      tagList = new ArrayList<>(tags.l().size());
      for (AttributeValue tag : tags.l()) {
        tagList.add(tag.s());
      }
    }
    AttributeValue attributes = item.get("attributes");
    Map<String, String> attributeMap = null;
    if (attributes != null) {
      attributeMap = new HashMap<>();
      for (Map.Entry<String, AttributeValue> e : attributes.m().entrySet()) {
        attributeMap.put(e.getKey(), e.getValue().s());
      }
    }
    AttributeValue address = item.get("address");
    Address addressRecord = null;
    if (address != null) {
      Map<String, AttributeValue> m = address.m();
      addressRecord = new Address(s(m, "street"), s(m, "city"), s(m, "zip"));
    }
    AttributeValue age = item.get("age");
    AttributeValue visits = item.get("visits");
    AttributeValue verified = item.get("verified");
    AttributeValue status = item.get("status");
    AttributeValue createdAt = item.get("createdAt");
    AttributeValue balance = item.get("balance");
    return new Customer(
        s(item, "id"),
        s(item, "email"),
        s(item, "nickname"),
        age == null ? 0 : Integer.parseInt(age.n()),
        visits == null ? 0L : Long.parseLong(visits.n()),
        verified != null && verified.bool(),
        status == null ? null : Status.valueOf(status.s()),
        createdAt == null ? null : Instant.parse(createdAt.s()),
        balance == null ? null : new BigDecimal(balance.n()),
        tagList,
        attributeMap,
        addressRecord);
  }

  private static String s(Map<String, AttributeValue> item, String name) {
    AttributeValue value = item.get(name);
    return value == null ? null : value.s();
  }
}
