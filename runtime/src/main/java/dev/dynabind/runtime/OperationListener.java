package dev.dynabind.runtime;

/**
 * Observes every single request Dynabind sends through its operation pipeline: one
 * {@link OperationEvent} per request, retries included, on the thread that sent it. Set with
 * {@link Dynabind.Builder#operationListener(OperationListener)}; batch requests go to the
 * {@link BatchListener}. Keep it fast. A listener that throws ends the operation with its own
 * exception, and no retry follows; the request it was told about went as its event says (a
 * {@code SUCCEEDED} write was applied).
 */
@FunctionalInterface
public interface OperationListener {
  /** A listener that ignores every event. */
  OperationListener NONE = event -> {};

  /**
   * Called after a request was answered or failed.
   *
   * @param event what was sent and how it went
   */
  void onRequest(OperationEvent event);

  /**
   * Called after each page of a scan, serial or parallel, with the progress of its segment; for
   * a parallel scan on the worker thread that read the page. Does nothing by default.
   *
   * @param progress pages and items read so far in the page's segment
   */
  default void onScanPage(ScanProgress progress) {}
}
