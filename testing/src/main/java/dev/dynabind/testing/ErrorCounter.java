package dev.dynabind.testing;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Counts the service errors a client receives, by operation and error code, such as
 * {@code TransactWriteItems:TransactionCanceledException}; tests use it to report lost races.
 */
public final class ErrorCounter implements ExecutionInterceptor {
  private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

  @Override
  public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
    if (context.exception() instanceof AwsServiceException error && error.awsErrorDetails() != null) {
      String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
      String code = error.awsErrorDetails().errorCode();
      counts.computeIfAbsent(operation + ":" + code, k -> new AtomicInteger()).incrementAndGet();
    }
  }

  /**
   * Errors of one operation and code so far.
   *
   * @param operation such as {@code TransactWriteItems}
   * @param code such as {@code TransactionCanceledException}
   * @return the count
   */
  public int count(String operation, String code) {
    AtomicInteger count = counts.get(operation + ":" + code);
    return count == null ? 0 : count.get();
  }

  /**
   * All errors so far.
   *
   * @return the total
   */
  public int total() {
    return counts.values().stream().mapToInt(AtomicInteger::get).sum();
  }

  /**
   * Counts by {@code operation:code}, sorted.
   *
   * @return a snapshot
   */
  public Map<String, Integer> snapshot() {
    Map<String, Integer> out = new TreeMap<>();
    counts.forEach((k, v) -> out.put(k, v.get()));
    return out;
  }
}
