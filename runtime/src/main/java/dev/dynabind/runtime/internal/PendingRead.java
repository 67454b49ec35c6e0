package dev.dynabind.runtime.internal;

import dev.dynabind.runtime.Repository;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One queued read: where it goes, and the future its callers wait on.
 *
 * @param repository the table
 * @param cacheKey the key, encoded
 * @param future completed with the decoded item or empty
 * @param <R> the record type
 */
record PendingRead<R>(
    Repository<R, ?> repository, CacheKey cacheKey, CompletableFuture<Optional<R>> future) {

  /** Completes the read with a stored item, or empty when the item is null. */
  void complete(ItemDecoder decoder, Map<String, AttributeValue> item) {
    try {
      future.complete(item == null ? Optional.empty()
          : Optional.of(decoder.decode(repository, item)));
    } catch (RuntimeException decodeFailure) {
      future.completeExceptionally(decodeFailure);
    }
  }
}
