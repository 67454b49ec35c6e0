package dev.dynabind.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.InternalServerErrorException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Disturbs BatchWriteItem and BatchGetItem requests against a real DynamoDB the way the real
 * service can, which DynamoDB Local never does: a fraction of the writes or keys of each request
 * is held back before sending and reported as UnprocessedItems / UnprocessedKeys in the response,
 * items matching a predicate are never processed, a fraction of requests fail with
 * {@code ProvisionedThroughputExceededException} before they are sent, and (see
 * {@link #serverErrors}) a fraction fail with a 5xx server error before they are sent. Single-item
 * writes (PutItem, UpdateItem, DeleteItem) are left alone, except by {@link #throttledItemWrites},
 * which throttles a fraction of them before they are sent. A request
 * whose every write or key is held back fails as throttled too (DynamoDB rejects empty batches).
 * Random choices come from one seeded {@link Random}; thread-safe.
 */
public final class FaultInjector implements ExecutionInterceptor {
  private static final ExecutionAttribute<Map<String, List<WriteRequest>>> HELD_WRITES =
      new ExecutionAttribute<>("dynabind.heldWrites");
  private static final ExecutionAttribute<Map<String, KeysAndAttributes>> HELD_KEYS =
      new ExecutionAttribute<>("dynabind.heldKeys");

  private final Random random;
  private final double unprocessedFraction;
  private final double throttleFraction;
  private final double serverErrorFraction;
  private final double itemWriteThrottleFraction;
  private final Predicate<Map<String, AttributeValue>> never;
  private final AtomicInteger throttled = new AtomicInteger();
  private final AtomicInteger held = new AtomicInteger();
  private final AtomicInteger internalErrors = new AtomicInteger();
  private final AtomicInteger unavailable = new AtomicInteger();

  /**
   * A fault injector.
   *
   * @param seed seeds the random choices
   * @param unprocessedFraction the share of writes or keys of each request reported unprocessed
   * @param throttleFraction the share of requests that fail as throttled
   * @param never items (for puts, the whole item; for deletes and reads, the key) that are never
   *     processed
   */
  public FaultInjector(long seed, double unprocessedFraction, double throttleFraction,
      Predicate<Map<String, AttributeValue>> never) {
    this(seed, unprocessedFraction, throttleFraction, 0, 0, never);
  }

  private FaultInjector(long seed, double unprocessedFraction, double throttleFraction,
      double serverErrorFraction, double itemWriteThrottleFraction,
      Predicate<Map<String, AttributeValue>> never) {
    this.random = new Random(seed);
    this.unprocessedFraction = unprocessedFraction;
    this.throttleFraction = throttleFraction;
    this.serverErrorFraction = serverErrorFraction;
    this.itemWriteThrottleFraction = itemWriteThrottleFraction;
    this.never = never;
  }

  /**
   * Throttling of single-item writes only: a share of PutItem, UpdateItem and DeleteItem requests
   * fails with {@code ProvisionedThroughputExceededException} before it is sent, so nothing of it
   * is applied; batch requests are left alone. Counted in {@link #throttledRequests()}.
   *
   * @param seed seeds the random choices
   * @param fraction the share of single-item writes that fail as throttled
   * @return the injector
   */
  public static FaultInjector throttledItemWrites(long seed, double fraction) {
    return new FaultInjector(seed, 0, 0, 0, fraction, item -> false);
  }

  /**
   * Random faults only.
   *
   * @param seed seeds the random choices
   * @param unprocessedFraction the share of writes or keys of each request reported unprocessed
   * @param throttleFraction the share of requests that fail as throttled
   * @return the injector
   */
  public static FaultInjector random(long seed, double unprocessedFraction, double throttleFraction) {
    return new FaultInjector(seed, unprocessedFraction, throttleFraction, item -> false);
  }

  /**
   * Items matching the predicate are never processed; nothing else is disturbed.
   *
   * @param never which items or keys are never processed
   * @return the injector
   */
  public static FaultInjector never(Predicate<Map<String, AttributeValue>> never) {
    return new FaultInjector(0, 0, 0, never);
  }

  /**
   * Server errors only: a share of BatchWriteItem and BatchGetItem requests fails before it is
   * sent, so nothing of it is applied, each one at random either with HTTP 500
   * {@code InternalServerError} or with HTTP 503 {@code ServiceUnavailable}, the two 5xx errors
   * DynamoDB documents. The exceptions are the ones the SDK makes of such an answer: an
   * {@code InternalServerErrorException} and, for 503, which DynamoDB's model does not name, a
   * plain {@code DynamoDbException}, each with its status code and error code.
   *
   * @param seed seeds the random choices
   * @param fraction the share of requests that fail
   * @return the injector
   */
  public static FaultInjector serverErrors(long seed, double fraction) {
    return new FaultInjector(seed, 0, 0, fraction, 0, item -> false);
  }

  /**
   * Requests failed with a server error so far, of one status code.
   *
   * @param statusCode 500 or 503
   * @return the count
   */
  public int serverErrors(int statusCode) {
    return switch (statusCode) {
      case 500 -> internalErrors.get();
      case 503 -> unavailable.get();
      default -> 0;
    };
  }

  /**
   * Requests failed with a server error so far, 500 and 503 together.
   *
   * @return the count
   */
  public int serverErrors() {
    return internalErrors.get() + unavailable.get();
  }

  /** @return requests failed as throttled so far */
  public int throttledRequests() {
    return throttled.get();
  }

  /** @return writes or keys reported unprocessed so far */
  public int heldBack() {
    return held.get();
  }

  private synchronized boolean chance(double fraction) {
    return fraction > 0 && random.nextDouble() < fraction;
  }

  @Override
  public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
    SdkRequest request = context.request();
    if ((request instanceof PutItemRequest || request instanceof UpdateItemRequest
        || request instanceof DeleteItemRequest) && chance(itemWriteThrottleFraction)) {
      throw throttle();
    }
    if (request instanceof BatchWriteItemRequest write) {
      failMaybe();
      Map<String, List<WriteRequest>> sent = new LinkedHashMap<>();
      Map<String, List<WriteRequest>> heldBack = new LinkedHashMap<>();
      write.requestItems().forEach((table, writes) -> {
        for (WriteRequest w : writes) {
          Map<String, AttributeValue> item =
              w.putRequest() != null ? w.putRequest().item() : w.deleteRequest().key();
          boolean hold = never.test(item) || chance(unprocessedFraction);
          (hold ? heldBack : sent).computeIfAbsent(table, t -> new ArrayList<>()).add(w);
        }
      });
      if (sent.isEmpty()) {
        throw throttle();
      }
      held.addAndGet(heldBack.values().stream().mapToInt(List::size).sum());
      attributes.putAttribute(HELD_WRITES, heldBack);
      return write.toBuilder().requestItems(sent).build();
    }
    if (request instanceof BatchGetItemRequest get) {
      failMaybe();
      Map<String, KeysAndAttributes> sent = new LinkedHashMap<>();
      Map<String, KeysAndAttributes> heldBack = new LinkedHashMap<>();
      get.requestItems().forEach((table, keys) -> {
        List<Map<String, AttributeValue>> send = new ArrayList<>();
        List<Map<String, AttributeValue>> hold = new ArrayList<>();
        for (Map<String, AttributeValue> key : keys.keys()) {
          (never.test(key) || chance(unprocessedFraction) ? hold : send).add(key);
        }
        if (!send.isEmpty()) {
          sent.put(table, keys.toBuilder().keys(send).build());
        }
        if (!hold.isEmpty()) {
          heldBack.put(table, keys.toBuilder().keys(hold).build());
          held.addAndGet(hold.size());
        }
      });
      if (sent.isEmpty()) {
        held.addAndGet(-heldBack.values().stream().mapToInt(k -> k.keys().size()).sum());
        throw throttle();
      }
      attributes.putAttribute(HELD_KEYS, heldBack);
      return get.toBuilder().requestItems(sent).build();
    }
    return request;
  }

  @Override
  public SdkResponse modifyResponse(Context.ModifyResponse context, ExecutionAttributes attributes) {
    SdkResponse response = context.response();
    if (response instanceof BatchWriteItemResponse write) {
      Map<String, List<WriteRequest>> heldBack = attributes.getAttribute(HELD_WRITES);
      if (heldBack == null || heldBack.isEmpty()) {
        return response;
      }
      Map<String, List<WriteRequest>> unprocessed = new HashMap<>();
      write.unprocessedItems().forEach((t, w) -> unprocessed.put(t, new ArrayList<>(w)));
      heldBack.forEach((t, w) -> unprocessed.computeIfAbsent(t, x -> new ArrayList<>()).addAll(w));
      return write.toBuilder().unprocessedItems(unprocessed).build();
    }
    if (response instanceof BatchGetItemResponse get) {
      Map<String, KeysAndAttributes> heldBack = attributes.getAttribute(HELD_KEYS);
      if (heldBack == null || heldBack.isEmpty()) {
        return response;
      }
      Map<String, KeysAndAttributes> unprocessed = new HashMap<>(get.unprocessedKeys());
      heldBack.forEach((t, k) -> unprocessed.merge(t, k, (a, b) -> {
        List<Map<String, AttributeValue>> keys = new ArrayList<>(a.keys());
        keys.addAll(b.keys());
        return a.toBuilder().keys(keys).build();
      }));
      return get.toBuilder().unprocessedKeys(unprocessed).build();
    }
    return response;
  }

  private void failMaybe() {
    if (chance(serverErrorFraction)) {
      boolean internal = chance(0.5);
      (internal ? internalErrors : unavailable).incrementAndGet();
      throw serverError(internal ? 500 : 503);
    }
    if (chance(throttleFraction)) {
      throw throttle();
    }
  }

  /** What the SDK makes of DynamoDB's 500 or 503 answer (FaultInjectorTest holds it to that). */
  static DynamoDbException serverError(int statusCode) {
    String code = statusCode == 500 ? "InternalServerError" : "ServiceUnavailable";
    DynamoDbException.Builder builder = statusCode == 500
        ? InternalServerErrorException.builder() : DynamoDbException.builder();
    return (DynamoDbException) builder
        .statusCode(statusCode)
        .awsErrorDetails(AwsErrorDetails.builder()
            .errorCode(code)
            .errorMessage("injected by FaultInjector")
            .serviceName("DynamoDb")
            .build())
        .message("injected by FaultInjector")
        .build();
  }

  private ProvisionedThroughputExceededException throttle() {
    throttled.incrementAndGet();
    return (ProvisionedThroughputExceededException) ProvisionedThroughputExceededException.builder()
        .statusCode(400)
        .awsErrorDetails(AwsErrorDetails.builder()
            .errorCode("ProvisionedThroughputExceededException")
            .errorMessage("injected by FaultInjector")
            .serviceName("DynamoDb")
            .build())
        .message("injected by FaultInjector")
        .build();
  }
}
