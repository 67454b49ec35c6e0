package dev.dynabind.runtime.internal.table;

import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The one rule of key-prefix tenancy: a tenant's items store their partition key as
 * {@code tenantId#key}. Tenant ids hold no {@code '#'}, so the prefix of a stored key ends at its
 * first {@code '#'} and can be stripped without knowing the tenant.
 */
public final class TenantKeys {
  private TenantKeys() {}

  /**
   * An encoded item or key with its partition key prefixed.
   *
   * @param encoded what the codec made; changed in place when it is a {@link HashMap}
   * @param partitionKey the partition key attribute name
   * @param prefix such as {@code "acme#"}
   * @return the item or key to send
   */
  public static Map<String, AttributeValue> prefixed(Map<String, AttributeValue> encoded,
      String partitionKey, String prefix) {
    AttributeValue value = encoded.get(partitionKey);
    if (value == null || value.s() == null) {
      return encoded; // the codec's own checks refuse a missing key; numbers cannot be prefixed
    }
    Map<String, AttributeValue> out = encoded instanceof HashMap ? encoded : new HashMap<>(encoded);
    out.put(partitionKey, prefixed(value, prefix));
    return out;
  }

  /**
   * A string partition key value with the prefix.
   *
   * @param value the value as the codec encodes it
   * @param prefix such as {@code "acme#"}
   * @return the stored value
   */
  public static AttributeValue prefixed(AttributeValue value, String prefix) {
    return AttributeValue.fromS(prefix + value.s());
  }

  /**
   * A stored item with the tenant prefix of its partition key removed, for decoding.
   *
   * @param stored the item as read
   * @param partitionKey the partition key attribute name
   * @return a copy without the prefix, or {@code stored} when its key has none
   */
  public static Map<String, AttributeValue> stripped(Map<String, AttributeValue> stored,
      String partitionKey) {
    AttributeValue value = stored.get(partitionKey);
    int end = value == null || value.s() == null ? -1 : value.s().indexOf('#');
    if (end < 0) {
      return stored;
    }
    Map<String, AttributeValue> out = new HashMap<>(stored);
    out.put(partitionKey, AttributeValue.fromS(value.s().substring(end + 1)));
    return out;
  }
}
