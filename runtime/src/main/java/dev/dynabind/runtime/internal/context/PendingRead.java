package dev.dynabind.runtime.internal.context;

import dev.dynabind.runtime.internal.table.TableBinding;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One queued read: where it goes, what to report when it fails, and the future every caller's
 * own future follows.
 *
 * @param table the table
 * @param cacheKey the key, encoded
 * @param tag what to report when the key is not read (the caller's key)
 * @param future completed with the decoded item or empty
 * @param <R> the record type
 */
record PendingRead<R>(TableBinding<R, ?> table, CacheKey cacheKey, Object tag,
    CompletableFuture<Optional<R>> future) {

  /**
   * Completes the read with a stored item, or empty when the item is null.
   *
   * @return the decoding failure, with the future left pending for the caller to fail, or null
   */
  Throwable complete(Map<String, AttributeValue> item) {
    Optional<R> value;
    try {
      value = item == null ? Optional.empty() : Optional.of(table.decode(item));
    } catch (RuntimeException decodeFailure) {
      return decodeFailure;
    }
    future.complete(value);
    return null;
  }
}
