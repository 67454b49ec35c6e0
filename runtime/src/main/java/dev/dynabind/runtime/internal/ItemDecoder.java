package dev.dynabind.runtime.internal;

import dev.dynabind.runtime.Repository;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Decodes a stored item of a repository's table. The runtime hands one to the batch context so
 * that its reads decode the way direct reads do, naming the prefixed table in a failure; this
 * package cannot reach the repository's own decoding.
 */
@FunctionalInterface
public interface ItemDecoder {
  /**
   * Decodes an item.
   *
   * @param repository the repository of the item's table
   * @param item the stored item
   * @param <R> the record type
   * @return the record
   */
  <R> R decode(Repository<R, ?> repository, Map<String, AttributeValue> item);
}
