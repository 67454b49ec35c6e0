package dev.dynabind.runtime.internal.batch;

import dev.dynabind.runtime.internal.op.ServiceErrors;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.SdkException;

/** Which failures the retry loop retries rather than reports. */
final class Retryable {
  private Retryable() {}

  /**
   * Throttling (ProvisionedThroughputExceeded, Throttling, RequestLimitExceeded and the other
   * codes the SDK knows as throttling) and server errors (5xx). Both mean "nothing of this
   * request was applied, try again later"; client errors (4xx) would fail again the same way.
   *
   * @param error what the request threw
   * @return true when another attempt may succeed
   */
  static boolean isRetryable(SdkException error) {
    return ServiceErrors.isThrottling(error) || ServiceErrors.isServerError(error);
  }

  /**
   * Whether a request failed because the thread sending it was interrupted: the SDK reports that
   * as an {@link AbortedException}, or as a client error caused by an {@link InterruptedException}
   * or an interrupted I/O call, and may or may not leave the thread's flag set.
   *
   * @param error what the request threw
   * @return true when it was an interrupt
   */
  static boolean isInterruption(SdkException error) {
    if (error instanceof AbortedException || Thread.currentThread().isInterrupted()) {
      return true;
    }
    for (Throwable t = error.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof InterruptedException
          || (t instanceof InterruptedIOException && !(t instanceof SocketTimeoutException))) {
        return true;
      }
    }
    return false;
  }
}
