package dev.dynabind.runtime.internal.op;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.TransactionInProgressException;

/**
 * A TransactWriteItems (locked save and delete, {@code setAtomic}, {@code db.transaction()},
 * {@code db.atomic()}). Without a client request token it is never retried on a server error,
 * since the transaction may have been applied, and is retried when throttled, including a
 * cancellation whose only reasons are throttling, since then nothing was applied. With a token,
 * every attempt sends the same token, so DynamoDB applies the transaction at most once within its
 * ten-minute token window: server errors, cancellations for transaction conflicts or throttling,
 * and {@code TransactionInProgressException} (an earlier attempt with the token still running)
 * are then all retried.
 */
public final class TransactWriteOperation
    implements Operation<TransactWriteItemsRequest, TransactWriteItemsResponse, Void> {
  private final List<TransactWriteItem> items;
  private final String what;
  private final Function<TransactionCanceledException, RuntimeException> onCanceled;
  /** The client request token, or null for none. */
  private final String token;

  /**
   * A transaction.
   *
   * @param items the actions
   * @param what the items written, for messages, such as {@code {owner=S:a, name=S:b}}
   * @param onCanceled turns a cancellation into the exception to throw (a lost race)
   */
  public TransactWriteOperation(List<TransactWriteItem> items, String what,
      Function<TransactionCanceledException, RuntimeException> onCanceled) {
    this(items, what, onCanceled, null);
  }

  /**
   * A transaction sent with a client request token, retried as the class description says.
   *
   * @param items the actions
   * @param what the items written, for messages
   * @param onCanceled turns a cancellation into the exception to throw
   * @param token the client request token, or null for none
   */
  public TransactWriteOperation(List<TransactWriteItem> items, String what,
      Function<TransactionCanceledException, RuntimeException> onCanceled, String token) {
    this.items = List.copyOf(items);
    this.what = Objects.requireNonNull(what, "what");
    this.onCanceled = Objects.requireNonNull(onCanceled, "onCanceled");
    this.token = token;
  }

  @Override
  public List<String> tableNames() {
    Set<String> names = new LinkedHashSet<>();
    for (TransactWriteItem item : items) {
      names.add(TransactActions.tableName(item));
    }
    return List.copyOf(names);
  }

  @Override
  public String renderedKey() {
    return what;
  }

  @Override
  public String name() {
    return "TransactWriteItems";
  }

  @Override
  public String describe() {
    return "TransactWriteItems of " + what + " in table '" + String.join("', '", tableNames())
        + "'";
  }

  @Override
  public TransactWriteItemsRequest request() {
    return TransactWriteItemsRequest.builder().transactItems(items).clientRequestToken(token)
        .build();
  }

  @Override
  public TransactWriteItemsResponse send(DynamoDbClient client,
      TransactWriteItemsRequest request) {
    return client.transactWriteItems(request);
  }

  @Override
  public Void result(TransactWriteItemsResponse response) {
    return null;
  }

  @Override
  public boolean idempotent() {
    return token != null;
  }

  @Override
  public boolean throttled(AwsServiceException error) {
    if (error instanceof TransactionCanceledException canceled) {
      return onlyTransient(canceled, token != null);
    }
    if (token != null && error instanceof TransactionInProgressException) {
      return true;
    }
    return Operation.super.throttled(error);
  }

  /**
   * Whether every reason of a cancellation is throttling (and, when {@code conflicts}, a
   * transaction conflict) or none, with at least one such: nothing was applied, and a later
   * attempt may succeed. Shared with {@link TransactGetOperation}.
   *
   * @param canceled the cancellation
   * @param conflicts whether a transaction conflict counts as transient
   * @return true when a retry may succeed
   */
  static boolean onlyTransient(TransactionCanceledException canceled, boolean conflicts) {
    if (!canceled.hasCancellationReasons()) {
      return false;
    }
    boolean transientSeen = false;
    for (CancellationReason reason : canceled.cancellationReasons()) {
      String code = reason.code();
      if ("ThrottlingError".equals(code) || "ProvisionedThroughputExceeded".equals(code)
          || conflicts && "TransactionConflict".equals(code)) {
        transientSeen = true;
      } else if (code != null && !"None".equals(code)) {
        return false;
      }
    }
    return transientSeen;
  }

  @Override
  public RuntimeException translate(AwsServiceException error) {
    return error instanceof TransactionCanceledException canceled
        ? onCanceled.apply(canceled) : error;
  }
}
