package dev.dynabind.runtime.internal.expr;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Hands out the {@code #name} and {@code :value} placeholders of one request. One allocator per
 * request is what lets a key condition, a filter, a condition and an update from different
 * sources share the request without clashes. A name always gets the same placeholder; every
 * value gets a new one. Not thread-safe: a request is built on one thread.
 */
public final class PlaceholderAllocator {
  private final Map<String, String> placeholderOfName = new LinkedHashMap<>();
  private final Map<String, String> names = new LinkedHashMap<>();
  private final Map<String, AttributeValue> values = new LinkedHashMap<>();

  /**
   * The placeholder of an attribute name (or map key), {@code #n0}, {@code #n1}, ...
   *
   * @param name the name as stored
   * @return its placeholder, the same each time
   */
  public String name(String name) {
    return placeholderOfName.computeIfAbsent(name, n -> {
      String placeholder = "#n" + names.size();
      names.put(placeholder, n);
      return placeholder;
    });
  }

  /**
   * A new placeholder for a value, {@code :v0}, {@code :v1}, ...
   *
   * @param value the encoded value
   * @return its placeholder
   */
  public String value(AttributeValue value) {
    String placeholder = ":v" + values.size();
    values.put(placeholder, value);
    return placeholder;
  }

  /**
   * The {@code ExpressionAttributeNames} of the request.
   *
   * @return placeholder to name, in allocation order; unmodifiable
   */
  public Map<String, String> names() {
    return Collections.unmodifiableMap(names);
  }

  /**
   * The {@code ExpressionAttributeValues} of the request.
   *
   * @return placeholder to value, in allocation order; unmodifiable
   */
  public Map<String, AttributeValue> values() {
    return Collections.unmodifiableMap(values);
  }
}
