package dev.dynabind.runtime.internal.batch;

import dev.dynabind.runtime.internal.table.RecordKeys;
import dev.dynabind.runtime.internal.table.TableBinding;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What a batch read keeps for one found item until it returns: the decoded record, the marker of
 * a lock item (never returned), a decode failure (thrown when the caller's order reaches it, so
 * the same item fails first as when decoding happened at the end).
 */
public final class DecodedItem {
  /** Stands for a lock item, which readers of the table never see. */
  public static final Object LOCK_ITEM = new Object();

  private DecodedItem() {}

  /**
   * Decodes one item through the table's binding, so a failure names the prefixed table.
   *
   * @param table the table of the item, as this call reads it
   * @param keys the table's keys, which tell lock items apart
   * @param item the raw item
   * @return the record, {@link #LOCK_ITEM}, or a {@link Failed}
   */
  public static Object of(TableBinding<?, ?> table, RecordKeys<?, ?> keys,
      Map<String, AttributeValue> item) {
    if (keys.isLockItem(item)) {
      return LOCK_ITEM;
    }
    try {
      return table.decode(item);
    } catch (RuntimeException e) {
      return new Failed(e);
    }
  }

  /**
   * A decode failure kept for later.
   *
   * @param error what the codec threw
   */
  public record Failed(RuntimeException error) {}
}
