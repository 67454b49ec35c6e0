package dev.dynabind.micrometer;

import dev.dynabind.runtime.BatchEvent;
import dev.dynabind.runtime.BatchListener;
import dev.dynabind.runtime.OperationEvent;
import dev.dynabind.runtime.OperationListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Records the requests Dynabind sends as Micrometer meters. One instance listens to both kinds of
 * events, single requests ({@link OperationEvent}) and batch requests ({@link BatchEvent}):
 *
 * <pre>{@code
 * DynabindMetrics metrics = new DynabindMetrics(registry);
 * Dynabind db = Dynabind.builder().client(client)
 *     .operationListener(metrics)
 *     .listener(metrics)
 *     .build();
 * }</pre>
 *
 * <p>Meters, each tagged {@code operation} (such as {@code GetItem} or {@code BatchWriteItem})
 * and {@code table} (the prefixed table; tables joined with {@code ,} when a request names
 * several):
 * <ul>
 *   <li>{@value #REQUESTS}: a timer per request sent, retries included, also tagged
 *       {@code outcome}: {@code succeeded}, {@code retried} or {@code failed} for a single
 *       request; {@code succeeded} or {@code unprocessed} (DynamoDB handed back some of it, or it
 *       failed) for a batch request;
 *   <li>{@value #RETRIES}: a counter of requests that were a retry (attempt 2 and later);
 *   <li>{@value #CAPACITY}: a counter of the capacity units consumed, for batch requests when
 *       {@code Dynabind.builder().reportConsumedCapacity(true)} asks for it;
 *   <li>{@value #UNPROCESSED}: a counter of the keys or writes a batch request left unprocessed.
 * </ul>
 * Tags hold names only, never keys or item contents. Thread-safe: listeners are called from
 * whichever thread sent the request.
 */
public final class DynabindMetrics implements OperationListener, BatchListener {
  /** The timer of every request. */
  public static final String REQUESTS = "dynabind.requests";
  /** The counter of retries. */
  public static final String RETRIES = "dynabind.retries";
  /** The counter of consumed capacity units. */
  public static final String CAPACITY = "dynabind.consumed.capacity";
  /** The counter of unprocessed keys or writes. */
  public static final String UNPROCESSED = "dynabind.unprocessed";

  private final MeterRegistry registry;

  /**
   * Records into a registry.
   *
   * @param registry where meters are registered; Micrometer caches them by name and tags, so
   *     recording an event costs a lookup, not a new meter
   */
  public DynabindMetrics(MeterRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  /**
   * Records one single request.
   *
   * @param event the request
   */
  @Override
  public void onRequest(OperationEvent event) {
    Tags tags = tags(event.operation(), event.tables());
    Timer.builder(REQUESTS).tags(tags)
        .tag("outcome", event.outcome().name().toLowerCase(Locale.ROOT))
        .register(registry).record(event.duration());
    if (event.attempt() > 1) {
      Counter.builder(RETRIES).tags(tags).register(registry).increment();
    }
  }

  /**
   * Records one batch request.
   *
   * @param event the request
   */
  @Override
  public void onRequest(BatchEvent event) {
    Tags tags = tags(event.operation(), event.tables());
    Timer.builder(REQUESTS).tags(tags)
        .tag("outcome", event.unprocessedCount() == 0 ? "succeeded" : "unprocessed")
        .register(registry).record(event.duration());
    if (event.attempt() > 1) {
      Counter.builder(RETRIES).tags(tags).register(registry).increment();
    }
    if (event.unprocessedCount() > 0) {
      Counter.builder(UNPROCESSED).tags(tags).register(registry)
          .increment(event.unprocessedCount());
    }
    if (!Double.isNaN(event.consumedCapacity())) {
      Counter.builder(CAPACITY).tags(tags).register(registry)
          .increment(event.consumedCapacity());
    }
  }

  private static Tags tags(String operation, List<String> tables) {
    return Tags.of("operation", operation, "table", String.join(",", tables));
  }
}
