package dev.dynabind.testing;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/** Counts the requests a client sends, by operation name ({@code GetItem}, {@code BatchGetItem}). */
public final class RequestCounter implements ExecutionInterceptor {
  private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

  @Override
  public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
    String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
    counts.computeIfAbsent(operation, k -> new AtomicInteger()).incrementAndGet();
  }

  /**
   * Requests of one operation sent so far.
   *
   * @param operation such as {@code BatchWriteItem}
   * @return the count
   */
  public int count(String operation) {
    AtomicInteger count = counts.get(operation);
    return count == null ? 0 : count.get();
  }

  /**
   * All requests sent so far.
   *
   * @return the total
   */
  public int total() {
    return counts.values().stream().mapToInt(AtomicInteger::get).sum();
  }

  /**
   * Counts by operation, sorted by name.
   *
   * @return a snapshot
   */
  public Map<String, Integer> snapshot() {
    Map<String, Integer> out = new TreeMap<>();
    counts.forEach((k, v) -> out.put(k, v.get()));
    return out;
  }

  /** Forgets every count, so a test measures only what follows. */
  public void reset() {
    counts.clear();
  }
}
