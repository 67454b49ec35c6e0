package dev.dynabind.runtime.context;

import java.util.concurrent.atomic.AtomicBoolean;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * Once armed, lets the next PutItem reach the server and be applied, then fails it as if its
 * response were lost on the way back: the caller cannot know the write happened.
 */
final class LoseNextPutResponse implements ExecutionInterceptor {
  private final AtomicBoolean armed = new AtomicBoolean();

  void arm() {
    armed.set(true);
  }

  @Override
  public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
    if (context.request() instanceof PutItemRequest && armed.compareAndSet(true, false)) {
      throw SdkClientException.create("injected: the response was lost");
    }
  }
}
