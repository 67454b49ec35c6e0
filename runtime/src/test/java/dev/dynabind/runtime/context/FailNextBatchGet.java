package dev.dynabind.runtime.context;

import java.util.concurrent.atomic.AtomicBoolean;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/** Fails the next BatchGetItem, once armed, with an error that is not worth retrying. */
final class FailNextBatchGet implements ExecutionInterceptor {
  static final String MESSAGE = "injected validation failure";
  private final AtomicBoolean armed = new AtomicBoolean();

  void arm() {
    armed.set(true);
  }

  @Override
  public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
    if (context.request() instanceof BatchGetItemRequest && armed.compareAndSet(true, false)) {
      throw DynamoDbException.builder().message(MESSAGE).statusCode(400)
          .awsErrorDetails(AwsErrorDetails.builder().errorCode("ValidationException")
              .errorMessage(MESSAGE).build())
          .build();
    }
  }
}
