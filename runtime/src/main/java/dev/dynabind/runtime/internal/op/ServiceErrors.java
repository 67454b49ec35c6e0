package dev.dynabind.runtime.internal.op;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.RequestLimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

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

  /**
   * A transaction's cancellation without the items its reasons may carry
   * (ReturnValuesOnConditionCheckFailure), so it can be chained as a cause. Codes, messages,
   * status and request id stay.
   *
   * @param error the SDK's exception
   * @return a copy whose reasons carry no items
   */
  public static TransactionCanceledException withoutItems(TransactionCanceledException error) {
    if (!error.hasCancellationReasons()) {
      return error;
    }
    List<CancellationReason> reasons = new ArrayList<>();
    for (CancellationReason reason : error.cancellationReasons()) {
      reasons.add(reason.hasItem() ? reason.toBuilder().item(null).build() : reason);
    }
    return (TransactionCanceledException) error.toBuilder().cancellationReasons(reasons).build();
  }
}
