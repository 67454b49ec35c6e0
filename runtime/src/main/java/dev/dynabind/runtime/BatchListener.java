package dev.dynabind.runtime;

/**
 * Observes every request Dynabind sends for batch work: one {@link BatchEvent} per request,
 * retries included. Called on the thread that sent the request (the caller's own thread at
 * concurrency 1); keep it fast and do not throw.
 *
 * <p>A listener that throws anyway stops the batch call, as an error that retrying cannot cure
 * would: the request it was told about has been applied as its event says, no further request
 * is sent (no retry, no new chunk), and requests already in flight are answered, and reported to
 * the listener, before the call ends. The call then throws the listener's own
 * {@link RuntimeException} or {@link Error}, unwrapped; a batch get returns nothing. Writes not
 * applied and keys not read by then are listed by an {@link UnprocessedItemsException} found
 * among the exception's {@linkplain Throwable#getSuppressed() suppressed} exceptions; without
 * one, every write of the call was applied. A streamed write pulls no further element: those
 * not pulled yet are neither written nor listed. When the listener threw on several threads, one
 * exception is thrown and the others are suppressed in it. Inside a {@link BatchContext},
 * every read of the failed request's dispatch fails with the listener's exception and is not
 * cached, so a later read asks again.
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
