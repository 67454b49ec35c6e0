package dev.dynabind.runtime;

import dev.dynabind.runtime.internal.batch.BatchCalls;
import dev.dynabind.runtime.internal.batch.BatchSettings;
import dev.dynabind.runtime.internal.batch.EncodedBudget;
import dev.dynabind.runtime.internal.batch.Outcome;
import dev.dynabind.runtime.internal.batch.WriteOp;
import dev.dynabind.runtime.internal.table.RecordKeys;
import dev.dynabind.runtime.spi.TableMetadata;
import dev.dynabind.runtime.spi.WriteStamp;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Bridges typed repositories to the untyped batch machinery: validates and encodes each element
 * (naming the one that fails), and turns an incomplete outcome into an
 * {@link UnprocessedItemsException}.
 */
final class BatchSupport {
  private BatchSupport() {}

  static BatchSettings settings(Dynabind db) {
    return new BatchSettings(db.client(), db.retryPolicy(), db.concurrency(), db.workExecutor(),
        db.listener(), db.sleeper(), db.reportConsumedCapacity());
  }

  /**
   * The record a batch put stores: refused when null or when its table is versioned and the call
   * did not opt out, else stamped by the codec, or kept as given by a restore.
   */
  static <R> R stamp(Repository<R, ?> repository, R item, int element, WriteStamp stamp,
      BatchWriteOptions options) {
    if (item == null) {
      throw new IllegalArgumentException(where(repository, element) + "the item is null");
    }
    checkVersionedPut(repository, options);
    return options.restores() ? item : repository.codec().beforeWrite(item, stamp);
  }

  /**
   * Encodes and checks a put of a stamped item; the element number and key name it when it is
   * invalid. It keeps the encoded item while the call's budget allows, else it is encoded again
   * when sent.
   */
  static <R, K> WriteOp put(Repository<R, K> repository, R item, int element,
      EncodedBudget budget) {
    if (item == null) {
      throw new IllegalArgumentException(where(repository, element) + "the item is null");
    }
    RecordKeys<R, K> keys = repository.recordKeys();
    RecordKeys.SizedItem encoded;
    K key;
    try {
      encoded = keys.encodeSized(item);
      key = repository.codec().keyOf(item);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where(repository, element) + e.getMessage(), e);
    }
    Map<String, AttributeValue> encodedKey = keys.keyOf(encoded.attributes());
    Pending pending = new Pending(repository, Pending.Kind.PUT, item, key);
    if (budget.keep(encoded.size())) {
      return WriteOp.put(repository.tableName(), encoded.attributes(), encodedKey, pending);
    }
    // The codec is deterministic, and the checks above already ran.
    return WriteOp.put(repository.tableName(), () -> keys.encodeChecked(item),
        encodedKey, pending);
  }

  /** BatchWriteItem cannot condition a put on a version: refused unless the caller opted out. */
  private static void checkVersionedPut(Repository<?, ?> repository, BatchWriteOptions options) {
    String version = repository.codec().metadata().lifecycle().versionAttribute();
    if (version != null && !options.skipsVersionCheck()) {
      throw new IllegalArgumentException("table '" + repository.tableName()
          + "' has the @Version attribute '" + version + "', which a batch put cannot check"
          + " (BatchWriteItem takes no conditions), so it could overwrite a newer item; use"
          + " save(item) for each item to write with the version check, or pass"
          + " BatchWriteOptions.skipVersionCheck() to write without it (or"
          + " BatchWriteOptions.restore() to store the items exactly as given); nothing was sent");
    }
  }

  /** Encodes and checks a delete; the element number and key name it when it is invalid. */
  static <K> WriteOp delete(Repository<?, K> repository, K key, int element) {
    return WriteOp.delete(repository.tableName(), encodeKey(repository, key, element),
        new Pending(repository, Pending.Kind.DELETE, key, key));
  }

  static <K> Map<String, AttributeValue> encodeKey(Repository<?, K> repository, K key,
      int element) {
    if (key == null) {
      throw new IllegalArgumentException(where(repository, element) + "the key is null");
    }
    try {
      return repository.recordKeys().encode(key);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          where(repository, element) + "key " + key + ": " + e.getMessage(), e);
    }
  }

  private static String where(Repository<?, ?> repository, int element) {
    return "Batch element #" + element + " for table '" + repository.tableName() + "': ";
  }

  /**
   * Writes a stream through one repository, throwing when anything was not applied. When the
   * source or an element fails, that exception is thrown once everything pulled before it was
   * sent, with an {@link UnprocessedItemsException} suppressed in it when some of it was not
   * applied.
   */
  static <T> void writeStream(Dynabind db, Iterator<T> source,
      Function<T, WriteOp> validate) {
    int[] count = {0};
    Outcome outcome = BatchCalls.writeStream(settings(db), source, element -> {
      WriteOp op = validate.apply(element);
      count[0]++;
      return op;
    });
    check("BatchWriteItem", count[0], outcome);
  }

  static void write(Dynabind db, List<WriteOp> writes) {
    check("BatchWriteItem", writes.size(), BatchCalls.write(settings(db), writes));
  }

  /**
   * Throws what the outcome calls for: the listener's (or a bug's) own exception, carrying an
   * {@link UnprocessedItemsException} as suppressed when something was not applied; else that
   * exception alone; else nothing.
   */
  static void check(String operation, int total, Outcome outcome) {
    UnprocessedItemsException unprocessed = outcome.complete()
        ? null : unprocessed(operation, total, outcome.notApplied(), outcome);
    Throwable unexpected = outcome.unexpected();
    if (unexpected == null) {
      if (unprocessed != null) {
        throw unprocessed;
      }
      return;
    }
    if (unprocessed != null) {
      unexpected.addSuppressed(unprocessed);
    }
    if (unexpected instanceof Error error) {
      throw error;
    }
    throw (RuntimeException) unexpected;
  }

  /** What a batch context read of keys not read fails with: what a batchGet of them throws. */
  static RuntimeException notRead(List<Object> tags, int total, Outcome outcome) {
    return unprocessed("BatchGetItem", total, tags, outcome);
  }

  private static UnprocessedItemsException unprocessed(String operation, int total,
      List<Object> tags, Outcome outcome) {
    List<Pending> pending = new ArrayList<>(tags.size());
    for (Object tag : tags) {
      pending.add((Pending) tag);
    }
    return new UnprocessedItemsException(operation, total, pending, outcome.attempts(),
        outcome.interrupted(), outcome.cause());
  }
}
