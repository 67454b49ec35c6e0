package dev.dynabind.runtime;

import dev.dynabind.runtime.expression.Condition;
import dev.dynabind.runtime.expression.Update;
import dev.dynabind.runtime.internal.batch.BatchCalls;
import dev.dynabind.runtime.internal.batch.ItemCall;
import dev.dynabind.runtime.internal.batch.Outcome;
import dev.dynabind.runtime.internal.config.Arguments;
import dev.dynabind.runtime.internal.lifecycle.LifecycleUpdate;
import dev.dynabind.runtime.internal.table.ItemId;
import dev.dynabind.runtime.spi.WriteStamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@code updateAll} of one {@link Repository}: validates every key first, then sends one update
 * per distinct key through {@link Repository#updateEncoded} (the pipeline and the context cache,
 * as a single {@code update}) in parallel on the batch engine, and reports exactly the keys not
 * updated.
 */
final class RepositoryUpdates {
  private RepositoryUpdates() {}

  static <R, K> void updateAll(Repository<R, K> repository, Collection<K> keys, Update update,
      Condition condition) {
    Arguments.required(keys, "keys");
    Arguments.required(update, "update");
    repository.checkUpdatable();
    BatchContext context = repository.contextOrCheckStrict();
    LifecycleUpdate lifecycle = repository.lifecycleOf(update);
    // One instant for the whole call, as a batch put has; each request gets its own id.
    WriteStamp stamp = repository.db().writeStamp();
    Map<ItemId, ItemCall> calls = new LinkedHashMap<>();
    int element = 0;
    for (K key : keys) {
      Map<String, AttributeValue> encoded = BatchSupport.encodeKey(repository, key, element++);
      ItemId id = new ItemId(repository.tableName(), encoded);
      calls.putIfAbsent(id, new ItemCall(id, key, () ->
          repository.updateEncoded(context, encoded, lifecycle.stamped(stamp), condition)));
    }
    if (calls.isEmpty()) {
      return;
    }
    Outcome outcome = BatchCalls.each(BatchSupport.settings(repository.db()),
        new ArrayList<>(calls.values()));
    UpdateAllException notUpdated = outcome.complete()
        ? null : notUpdated(repository, calls.size(), outcome);
    if (outcome.unexpected() == null) {
      if (notUpdated != null) {
        throw notUpdated;
      }
      return;
    }
    if (notUpdated != null) {
      outcome.unexpected().addSuppressed(notUpdated);
    }
    if (outcome.unexpected() instanceof Error error) {
      throw error;
    }
    throw (RuntimeException) outcome.unexpected();
  }

  private static UpdateAllException notUpdated(Repository<?, ?> repository, int total,
      Outcome outcome) {
    Map<Object, UpdateAllException.Reason> reasons = new LinkedHashMap<>();
    List<RuntimeException> errors = new ArrayList<>();
    for (Object tag : outcome.notApplied()) {
      if (tag instanceof ItemCall.Failed failed) {
        boolean conditionFailed = failed.error() instanceof ConditionFailedException;
        reasons.put(failed.tag(), conditionFailed
            ? UpdateAllException.Reason.CONDITION_FAILED : UpdateAllException.Reason.ERROR);
        if (!conditionFailed) {
          errors.add(failed.error());
        }
      } else {
        reasons.put(tag, UpdateAllException.Reason.NOT_ATTEMPTED);
      }
    }
    Throwable cause = errors.isEmpty() ? outcome.cause() : errors.get(0);
    return new UpdateAllException(repository, total, reasons, outcome.interrupted(), cause);
  }
}
