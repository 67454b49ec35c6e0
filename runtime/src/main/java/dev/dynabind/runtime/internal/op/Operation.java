package dev.dynabind.runtime.internal.op;

import dev.dynabind.runtime.ConditionFailedException;
import java.util.List;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbResponse;

/**
 * One single-request call to DynamoDB, as the Enhanced Client's internal operations are: it builds
 * its SDK request, says which client method sends it, and turns the response into a result. It
 * holds no retry, wait or error-translation code: {@link Pipeline} applies those to every
 * operation alike. An operation object is immutable and describes one call.
 *
 * <p><b>The async path (design note, not built).</b> Because {@link #request()} is separate from
 * {@link #send}, an async send path adds one default method here,
 * {@code CompletableFuture<S> sendAsync(DynamoDbAsyncClient client, Q request)}, which throws
 * {@code UnsupportedOperationException} by default and is overridden by each operation with its
 * one-line async client call ({@code client.getItem(request)}); and an {@code AsyncPipeline} next to
 * {@link Pipeline} that composes the same steps on futures: send, on a retryable failure schedule
 * the next attempt after {@code RetryPolicy.delayBeforeRetry} on a scheduler instead of sleeping,
 * translate errors with the same {@code ServiceErrors} rules, then apply {@link #result}.
 * {@link #request()}, {@link #result}, {@link #idempotent()}, {@link #conditionFailed} and
 * {@link #translate} are shared by both paths unchanged, so no operation's request building or
 * decoding is touched.
 *
 * @param <Q> the SDK request type
 * @param <S> the SDK response type
 * @param <T> the result type
 */
public interface Operation<Q extends DynamoDbRequest, S extends DynamoDbResponse, T> {
  /**
   * The DynamoDB operation, for listener events.
   *
   * @return such as {@code GetItem}
   */
  String name();

  /**
   * The tables the request names, prefix included, for messages.
   *
   * @return at least one table name
   */
  List<String> tableNames();

  /**
   * The key of the item the request acts on, for messages; never other item contents.
   *
   * @return such as {@code {id=S:a}}
   */
  String renderedKey();

  /**
   * What this operation does, for messages: the request kind, key and table.
   *
   * @return such as {@code GetItem of {id=S:a} in table 'dev_users'}
   */
  String describe();

  /**
   * Builds the SDK request; called once per run, every attempt sends the same request.
   *
   * @return the request
   */
  Q request();

  /**
   * Sends the request through the synchronous client: one SDK call, nothing else.
   *
   * @param client the client
   * @param request the request built by {@link #request()}
   * @return the response
   */
  S send(DynamoDbClient client, Q request);

  /**
   * Turns the response into the result; decoding goes through the table binding, so a decode
   * failure names the prefixed table.
   *
   * @param response the response
   * @return the result
   */
  T result(S response);

  /**
   * Whether sending the request twice leaves the same state as sending it once, so that a server
   * error (5xx), after which the request may or may not have been applied, can be retried: reads,
   * and writes without a condition. Throttling is retried for every operation, since a throttled
   * request was not applied.
   *
   * @return true when a 5xx may be retried
   */
  boolean idempotent();

  /**
   * Whether a failure is throttling: nothing was applied and a later attempt may succeed.
   * Operations whose service reports throttling in another shape (a transaction cancelled only
   * for throttling) widen this.
   *
   * @param error the service's answer
   * @return true for throttling
   */
  default boolean throttled(AwsServiceException error) {
    return ServiceErrors.isThrottling(error);
  }

  /**
   * What a failed condition of this operation means. A user-visible conditional write throws
   * {@link ConditionFailedException} naming the table and key, with the item as it was when the
   * request asked for it (the default); an operation for
   * which a lost condition is an expected answer (a lock write that another writer won) returns
   * a result instead.
   *
   * @param error the SDK's exception
   * @return the result to return instead, when a lost condition is an answer
   */
  default T conditionFailed(ConditionalCheckFailedException error) {
    // The item as it was is kept apart from the message and the cause chain, which carry no
    // stored values; the caller decodes it through its repository.
    throw new ConditionFailedException(tableNames().get(0), renderedKey(),
        error.hasItem() ? error.item() : null, ServiceErrors.withoutItem(error));
  }

  /**
   * Translates a service failure the pipeline does not translate itself and will not retry.
   *
   * @param error the SDK's exception
   * @return the exception to throw, the SDK's own by default
   */
  default RuntimeException translate(AwsServiceException error) {
    return error;
  }
}
