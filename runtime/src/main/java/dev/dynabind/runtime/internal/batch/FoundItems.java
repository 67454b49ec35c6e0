package dev.dynabind.runtime.internal.batch;

import dev.dynabind.runtime.internal.table.ItemId;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Receives each item a batch read finds, as its response arrives, on the thread that sent the
 * chunk; so it must be safe to call from several threads at once.
 *
 * <p>Why not collect raw items and hand them over at the end: holding every raw item of a large
 * read until the last chunk returned kept tens of megabytes alive, and a receiver that decodes
 * on arrival keeps only the (smaller) records.
 */
@FunctionalInterface
public interface FoundItems {
  /**
   * Takes one found item.
   *
   * @param id the table and key it was read under
   * @param item the whole item as DynamoDB returned it
   */
  void found(ItemId id, Map<String, AttributeValue> item);
}
