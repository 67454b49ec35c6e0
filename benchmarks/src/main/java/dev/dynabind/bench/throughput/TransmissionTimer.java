package dev.dynabind.bench.throughput;

import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Sums the time requests spend on the wire and in the server, from just before the SDK sends a
 * request to just after the response arrives. For a client that sends one request at a time,
 * the rest of the wall time is what the client itself spends: building requests, marshalling,
 * unmarshalling and decoding. That separates a difference between clients from a difference in
 * how fast the embedded server happened to answer.
 */
public final class TransmissionTimer implements ExecutionInterceptor {
  private static final ExecutionAttribute<Long> SENT = new ExecutionAttribute<>("bench.sent");

  private final AtomicLong nanos = new AtomicLong();

  @Override
  public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
    attributes.putAttribute(SENT, System.nanoTime());
  }

  @Override
  public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
    Long sent = attributes.getAttribute(SENT);
    if (sent != null) {
      nanos.addAndGet(System.nanoTime() - sent);
    }
  }

  /**
   * Time on the wire and in the server since the last reset, summed over requests.
   *
   * @return seconds
   */
  public double seconds() {
    return nanos.get() / 1e9;
  }

  /** Starts a new sum. */
  public void reset() {
    nanos.set(0);
  }
}
