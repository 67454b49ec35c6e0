package dev.dynabind.runtime.internal.op;

import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.InternalServerErrorException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;

/**
 * Fails the first {@code failures} requests of one kind before they are sent (so nothing of them
 * is applied) with the error DynamoDB would answer, and lets the rest through; counts every
 * request of that kind it saw. The real service throttles and fails; DynamoDB Local never does.
 */
public final class FailFirst implements ExecutionInterceptor {
  private final Class<?> requestType;
  private final int failures;
  private final int statusCode;
  private final AtomicInteger seen = new AtomicInteger();

  private FailFirst(Class<?> requestType, int failures, int statusCode) {
    this.requestType = requestType;
    this.failures = failures;
    this.statusCode = statusCode;
  }

  /** Throttles the first {@code failures} requests of a type (ProvisionedThroughputExceeded). */
  public static FailFirst throttling(Class<?> requestType, int failures) {
    return new FailFirst(requestType, failures, 400);
  }

  /** Fails the first {@code failures} requests of a type with HTTP 500 InternalServerError. */
  public static FailFirst serverError(Class<?> requestType, int failures) {
    return new FailFirst(requestType, failures, 500);
  }

  /** Requests of the type seen so far, failed ones included. */
  public int requests() {
    return seen.get();
  }

  @Override
  public void beforeTransmission(Context.BeforeTransmission context,
      ExecutionAttributes attributes) {
    if (requestType.isInstance(context.request()) && seen.incrementAndGet() <= failures) {
      throw error(statusCode);
    }
  }

  static DynamoDbException error(int statusCode) {
    boolean throttle = statusCode == 400;
    DynamoDbException.Builder builder = throttle
        ? ProvisionedThroughputExceededException.builder()
        : InternalServerErrorException.builder();
    return (DynamoDbException) builder.statusCode(statusCode)
        .awsErrorDetails(AwsErrorDetails.builder()
            .errorCode(throttle ? "ProvisionedThroughputExceededException" : "InternalServerError")
            .errorMessage("injected by FailFirst").serviceName("DynamoDb").build())
        .message("injected by FailFirst").build();
  }
}
