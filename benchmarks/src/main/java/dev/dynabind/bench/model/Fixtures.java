package dev.dynabind.bench.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The customers the benchmarks encode, write and read: deterministic, one null component. */
public final class Fixtures {
  private static final Instant EPOCH = Instant.parse("2024-03-01T12:30:45.123Z");

  private Fixtures() {}

  /**
   * The {@code n}th customer; its id is {@link #id(int)}.
   *
   * @param n any non-negative number
   * @return a customer with {@code nickname} null
   */
  public static Customer customer(int n) {
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("plan", n % 2 == 0 ? "pro" : "free");
    attributes.put("region", "eu-west-" + (n % 3 + 1));
    attributes.put("referrer", "campaign-" + (n % 17));
    return new Customer(
        id(n),
        "customer" + n + "@example.com",
        null,
        20 + n % 60,
        1000L + n * 7L,
        n % 3 != 0,
        Status.values()[n % Status.values().length],
        EPOCH.plusSeconds(n * 61L),
        new BigDecimal("1234.56").add(BigDecimal.valueOf(n, 2)),
        List.of("tag-a", "tag-b-" + n % 5, "tag-c"),
        attributes,
        new Address(n + " Main Street", "Springfield", String.format("%05d", n % 100000)));
  }

  /**
   * The key of {@link #customer(int)}.
   *
   * @param n the number
   * @return the id
   */
  public static String id(int n) {
    return "customer-" + n;
  }

  /**
   * The keys of the first {@code count} customers.
   *
   * @param count how many
   * @return a new list
   */
  public static List<String> ids(int count) {
    List<String> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(id(i));
    }
    return out;
  }

  /**
   * The first {@code count} customers.
   *
   * @param count how many
   * @return a new list
   */
  public static List<Customer> customers(int count) {
    List<Customer> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(customer(i));
    }
    return out;
  }

  /**
   * The same values as {@link #customer(int)}, as a bean.
   *
   * @param n the number
   * @return a new bean
   */
  public static CustomerBean bean(int n) {
    Customer c = customer(n);
    CustomerBean b = new CustomerBean();
    b.setId(c.id());
    b.setEmail(c.email());
    b.setNickname(c.nickname());
    b.setAge(c.age());
    b.setVisits(c.visits());
    b.setVerified(c.verified());
    b.setStatus(c.status());
    b.setCreatedAt(c.createdAt());
    b.setBalance(c.balance());
    b.setTags(c.tags());
    b.setAttributes(c.attributes());
    AddressBean a = new AddressBean();
    a.setStreet(c.address().street());
    a.setCity(c.address().city());
    a.setZip(c.address().zip());
    b.setAddress(a);
    return b;
  }
}
