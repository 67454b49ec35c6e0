package dev.dynabind.runtime.internal;

import dev.dynabind.runtime.Repository;
import dev.dynabind.runtime.TableCodec;
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
  static CacheKey of(Repository<?, ?> repository, Map<String, AttributeValue> encodedKey) {
    return new CacheKey(repository.codec(), new ItemId(repository.tableName(), encodedKey));
  }
}
