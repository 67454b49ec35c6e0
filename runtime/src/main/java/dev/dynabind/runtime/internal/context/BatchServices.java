package dev.dynabind.runtime.internal.context;

import dev.dynabind.runtime.internal.batch.BatchFailures;
import dev.dynabind.runtime.internal.batch.BatchRunner;
import dev.dynabind.runtime.internal.batch.BatchSettings;
import dev.dynabind.runtime.internal.config.DynabindSettings;
import dev.dynabind.runtime.internal.table.RecordKeys;
import dev.dynabind.runtime.internal.table.TableBinding;
import dev.dynabind.runtime.spi.WriteStamp;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * What the batch calls of one {@code Dynabind} need from it: the runner, the calling thread's
 * context (strict mode applied), and write stamps.
 *
 * @param runner runs batch calls with the entry point's settings
 * @param contextOrCheckStrict the calling thread's context loader of this entry point, or null
 *     outside a context; throws {@code BatchContextRequiredException} in strict mode outside one
 * @param stamps makes the stamp of one write call
 */
public record BatchServices(BatchRunner runner, Supplier<ContextLoader> contextOrCheckStrict,
    Supplier<WriteStamp> stamps) {

  /**
   * The batch services of an entry point with these settings.
   *
   * @param settings the entry point's settings
   * @param executor runs the batch calls' work: the settings' executor, keeping the tenant
   * @param failures makes the API's exceptions
   * @param contextOrCheckStrict as {@link #contextOrCheckStrict()}
   * @param stamps as {@link #stamps()}
   * @return the services
   */
  public static BatchServices of(DynabindSettings settings, Executor executor,
      BatchFailures failures,
      Supplier<ContextLoader> contextOrCheckStrict, Supplier<WriteStamp> stamps) {
    return new BatchServices(new BatchRunner(new BatchSettings(settings.client(),
        settings.retryPolicy(), settings.concurrency(), executor, settings.listener(),
        settings.sleeper(), settings.reportConsumedCapacity()), failures),
        contextOrCheckStrict, stamps);
  }

  /**
   * The batch calls of one table, as the calling repository names it now.
   *
   * @param table the table
   * @param keys the table's keys
   * @param <R> the record type
   * @param <K> the key type
   * @return the table's batch calls
   */
  public <R, K> TableBatches<R, K> of(TableBinding<R, K> table, RecordKeys<R, K> keys) {
    return new TableBatches<>(this, table, keys);
  }
}
