package dev.dynabind.runtime.internal.op;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.RequestLimitExceededException;

/** How DynamoDB's failures are classified, for the single-request pipeline and the batch engine. */
public final class ServiceErrors {
  private ServiceErrors() {}

  /**
   * Throttling: ProvisionedThroughputExceeded, Throttling, RequestLimitExceeded and the other
   * codes the SDK knows as throttling. The request was not applied.
   *
   * @param error what the request threw
   * @return true for throttling
   */
  public static boolean isThrottling(SdkException error) {
    if (error instanceof ProvisionedThroughputExceededException
        || error instanceof RequestLimitExceededException) {
      return true;
    }
    return error instanceof SdkServiceException service && service.isThrottlingException();
  }

  /**
   * A server error (5xx): the request may or may not have been applied.
   *
   * @param error what the request threw
   * @return true for a 5xx answer
   */
  public static boolean isServerError(SdkException error) {
    return error instanceof SdkServiceException service && service.statusCode() >= 500;
  }

  /**
   * The SDK's failed-condition exception without the item it may carry
   * (ReturnValuesOnConditionCheckFailure), so it can be chained as a cause: no exception in a
   * chain of Dynabind's may carry stored values. Status, error code and request id stay.
   *
   * @param error the SDK's exception
   * @return it when it carries no item, else a copy without one
   */
  public static ConditionalCheckFailedException withoutItem(ConditionalCheckFailedException error) {
    return error.hasItem() ? error.toBuilder().item(null).build() : error;
  }
}
