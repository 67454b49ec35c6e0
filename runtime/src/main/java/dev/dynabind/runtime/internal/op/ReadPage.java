package dev.dynabind.runtime.internal.op;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One page of a Query or Scan as DynamoDB answered it.
 *
 * @param items the stored items, in the order DynamoDB returned them; empty for a count
 * @param lastKey the key to start the next page after, or null after the last page
 * @param count how many items matched the filter on this page (for {@code Select.COUNT} too)
 */
public record ReadPage(List<Map<String, AttributeValue>> items,
    Map<String, AttributeValue> lastKey, int count) {

  /**
   * The page of a response; an absent or empty last key ends the read, as in the SDK's
   * paginators.
   *
   * @param items the response's items, or null when it has none
   * @param lastKey the response's last evaluated key, or null
   * @param count the response's count, or null
   * @return the page
   */
  static ReadPage of(List<Map<String, AttributeValue>> items,
      Map<String, AttributeValue> lastKey, Integer count) {
    return new ReadPage(items == null ? List.of() : items,
        lastKey == null || lastKey.isEmpty() ? null : lastKey, count == null ? 0 : count);
  }
}
