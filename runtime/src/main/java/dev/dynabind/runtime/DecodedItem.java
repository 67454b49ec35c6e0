package dev.dynabind.runtime;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What a batch read keeps for one found item until it returns: the decoded record, the marker of
 * a lock item (never returned), a decode failure (thrown when the caller's order reaches it, so
 * the same item fails first as when decoding happened at the end).
 */
final class DecodedItem {
  /** Stands for a lock item, which readers of the table never see. */
  static final Object LOCK_ITEM = new Object();

  private DecodedItem() {}

  /**
   * Decodes one item through the repository, so a failure names the prefixed table.
   *
   * @param repository the repository of this call that reads the item's table
   * @param item the raw item
   * @return the record, {@link #LOCK_ITEM}, or a {@link Failed}
   */
  static Object of(Repository<?, ?> repository, Map<String, AttributeValue> item) {
    if (repository.isLockItem(item)) {
      return LOCK_ITEM;
    }
    try {
      return repository.decode(item);
    } catch (RuntimeException e) {
      return new Failed(e);
    }
  }

  /**
   * A decode failure kept for later.
   *
   * @param error what the codec threw
   */
  record Failed(RuntimeException error) {}
}
