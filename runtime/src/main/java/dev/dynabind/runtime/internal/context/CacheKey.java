package dev.dynabind.runtime.internal.context;

import dev.dynabind.runtime.internal.table.ItemId;
import dev.dynabind.runtime.internal.table.TableBinding;
import dev.dynabind.runtime.spi.TableCodec;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An item's identity within a batch context: its codec (and so its table and record type) and
 * its {@link ItemId}, so keys DynamoDB takes for one item meet in one cache entry.
 *
 * @param codec the table's codec
 * @param id the table name and encoded key
 */
record CacheKey(TableCodec<?, ?> codec, ItemId id) {
  static CacheKey of(TableBinding<?, ?> table, Map<String, AttributeValue> encodedKey) {
    return new CacheKey(table.codec(), new ItemId(table.name(), encodedKey));
  }
}
