package dev.dynabind.runtime.internal.op;

import dev.dynabind.runtime.OperationListener;
import dev.dynabind.runtime.internal.table.PageCursors;
import dev.dynabind.runtime.internal.table.ReadTarget;
import dev.dynabind.runtime.internal.table.TableBinding;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Predicate;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

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
   * @param binding the table's binding, which decodes
   * @param isLockItem tells lock items apart
   * @param <R> the record type
   * @return the reads
   */
  public <R> TableReads<R> of(ReadTarget target, TableBinding<R, ?> binding,
      Predicate<Map<String, AttributeValue>> isLockItem) {
    return new TableReads<>(this, target, binding, isLockItem);
  }
}
