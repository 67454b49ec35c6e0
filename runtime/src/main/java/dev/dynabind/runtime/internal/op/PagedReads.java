package dev.dynabind.runtime.internal.op;

import dev.dynabind.runtime.OperationListener;
import dev.dynabind.runtime.internal.table.PageCursors;
import dev.dynabind.runtime.internal.table.ReadTarget;
import dev.dynabind.runtime.internal.table.TableScope;
import java.util.concurrent.Executor;

/**
 * What the paged reads of one {@code Dynabind} need from it.
 *
 * @param pipeline runs each page
 * @param executor runs the workers of a parallel scan
 * @param concurrency how many workers at most
 * @param listener receives scan progress
 * @param cursors signs and checks page cursors
 * @param checkStrict applies strict mode before a read is sent
 */
public record PagedReads(Pipeline pipeline, Executor executor, int concurrency,
    OperationListener listener, PageCursors cursors, Runnable checkStrict) {

  /**
   * The paged reads of one table or index, as the calling repository names it now.
   *
   * @param target the table or index
   * @param scope the table at each call: binding, tenant, lock items
   * @param <R> the record type
   * @return the reads
   */
  public <R> TableReads<R> of(ReadTarget target, TableScope<R> scope) {
    return new TableReads<>(this, target, scope);
  }
}
