package dev.dynabind.runtime.internal.batch;

import dev.dynabind.runtime.ConditionFailedException;
import dev.dynabind.runtime.UpdateAllException;
import dev.dynabind.runtime.internal.table.ItemId;
import dev.dynabind.runtime.internal.table.RecordKeys;
import dev.dynabind.runtime.internal.table.TableBinding;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@code updateAll} of one table: validates every key first, then sends one update per distinct
 * key (a single {@code update} through the pipeline and the context cache, which the caller
 * hands in) in parallel on the batch engine, and reports exactly the keys not updated.
 */
public final class UpdateAll {
  private UpdateAll() {}

  /**
   * Updates every distinct key. The caller has checked the update, the table and strict mode.
   *
   * @param runner runs the calls and makes the exception
   * @param table the table as the call names it
   * @param keys the table's keys
   * @param values the keys; duplicates are updated once
   * @param updateOne sends the update of one validated key
   * @param <K> the key type
   * @throws IllegalArgumentException when a key is null, empty or that of a lock item, naming
   *     it; nothing is sent
   * @throws UpdateAllException when some items were not updated
   */
  public static <K> void run(BatchRunner runner, TableBinding<?, K> table, RecordKeys<?, K> keys,
      Collection<K> values, Consumer<Map<String, AttributeValue>> updateOne) {
    Map<ItemId, ItemCall> calls = new LinkedHashMap<>();
    int element = 0;
    for (K key : values) {
      Map<String, AttributeValue> encoded =
          BatchElements.encodeKey(table, keys, key, element++);
      ItemId id = new ItemId(table.name(), encoded);
      calls.putIfAbsent(id, new ItemCall(id, key, () -> updateOne.accept(encoded)));
    }
    if (calls.isEmpty()) {
      return;
    }
    Outcome outcome = BatchCalls.each(runner.settings(), new ArrayList<>(calls.values()));
    BatchRunner.throwFor(outcome, outcome.complete()
        ? null : notUpdated(runner, table, calls.size(), outcome));
  }

  private static UpdateAllException notUpdated(BatchRunner runner, TableBinding<?, ?> table,
      int total, Outcome outcome) {
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
    return runner.failures().notUpdated().create(table.name(), table.codec(), total, reasons,
        outcome.interrupted(), cause);
  }
}
