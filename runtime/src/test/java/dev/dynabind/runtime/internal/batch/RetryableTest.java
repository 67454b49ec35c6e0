package dev.dynabind.runtime.internal.batch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.RequestLimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

class RetryableTest {
  @Test
  void throttlingErrorsAndServerErrorsAreRetriedClientErrorsAreNot() {
    assertTrue(Retryable.isRetryable(ProvisionedThroughputExceededException.builder().build()));
    assertTrue(Retryable.isRetryable(RequestLimitExceededException.builder().build()));
    assertTrue(Retryable.isRetryable(AwsServiceException.builder().statusCode(400)
        .awsErrorDetails(AwsErrorDetails.builder().errorCode("ThrottlingException").build()).build()));
    assertTrue(Retryable.isRetryable(AwsServiceException.builder().statusCode(500).build()));
    assertTrue(Retryable.isRetryable(AwsServiceException.builder().statusCode(503).build()));
    assertFalse(Retryable.isRetryable(ResourceNotFoundException.builder().statusCode(400).build()));
    assertFalse(Retryable.isRetryable(SdkClientException.create("no route")));
  }

  @Test
  void anAbortOrAnInterruptedCauseIsAnInterruptionATimeoutIsNot() {
    assertTrue(Retryable.isInterruption(AbortedException.create("aborted")));
    assertTrue(Retryable.isInterruption(
        SdkClientException.create("failed", new InterruptedException())));
    assertTrue(Retryable.isInterruption(
        SdkClientException.create("failed", new InterruptedIOException())));
    assertFalse(Retryable.isInterruption(
        SdkClientException.create("failed", new SocketTimeoutException())));
    assertFalse(Retryable.isInterruption(ProvisionedThroughputExceededException.builder().build()));
  }
}
