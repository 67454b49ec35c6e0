package dev.dynabind.runtime;

/**
 * Observes every request Dynabind sends for batch work: one {@link BatchEvent} per request,
 * retries included. Called on the thread that sent the request; keep it fast and do not throw.
 */
@FunctionalInterface
public interface BatchListener {
  /** A listener that ignores every event. */
  BatchListener NONE = event -> {};

  /**
   * Called after a request completed or failed.
   *
   * @param event what was sent and how it went
   */
  void onRequest(BatchEvent event);
}
