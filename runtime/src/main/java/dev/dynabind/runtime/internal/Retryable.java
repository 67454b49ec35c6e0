package dev.dynabind.runtime.internal;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.RequestLimitExceededException;

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
    if (error instanceof ProvisionedThroughputExceededException
        || error instanceof RequestLimitExceededException) {
      return true;
    }
    if (error instanceof SdkServiceException service) {
      return service.isThrottlingException() || service.statusCode() >= 500;
    }
    return false;
  }
}
