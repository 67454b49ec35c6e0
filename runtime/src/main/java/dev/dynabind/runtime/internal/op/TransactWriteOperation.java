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

/**
 * A TransactWriteItems (locked save and delete, {@code setAtomic}, {@code db.atomic()}). Never
 * retried on a server error, since the transaction may have been applied; retried when throttled,
 * including a cancellation whose only reasons are throttling, since then nothing was applied.
 */
public final class TransactWriteOperation
    implements Operation<TransactWriteItemsRequest, TransactWriteItemsResponse, Void> {
  private final List<TransactWriteItem> items;
  private final String what;
  private final Function<TransactionCanceledException, RuntimeException> onCanceled;

  /**
   * A transaction.
   *
   * @param items the actions
   * @param what the items written, for messages, such as {@code {owner=S:a, name=S:b}}
   * @param onCanceled turns a cancellation into the exception to throw (a lost race)
   */
  public TransactWriteOperation(List<TransactWriteItem> items, String what,
      Function<TransactionCanceledException, RuntimeException> onCanceled) {
    this.items = List.copyOf(items);
    this.what = Objects.requireNonNull(what, "what");
    this.onCanceled = Objects.requireNonNull(onCanceled, "onCanceled");
  }

  @Override
  public List<String> tableNames() {
    Set<String> names = new LinkedHashSet<>();
    for (TransactWriteItem item : items) {
      names.add(item.put() != null ? item.put().tableName()
          : item.update() != null ? item.update().tableName()
          : item.delete() != null ? item.delete().tableName()
          : item.conditionCheck().tableName());
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
    return TransactWriteItemsRequest.builder().transactItems(items).build();
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
    return false;
  }

  @Override
  public boolean throttled(AwsServiceException error) {
    if (error instanceof TransactionCanceledException canceled
        && canceled.hasCancellationReasons()) {
      boolean throttled = false;
      for (CancellationReason reason : canceled.cancellationReasons()) {
        String code = reason.code();
        if ("ThrottlingError".equals(code)) {
          throttled = true;
        } else if (code != null && !"None".equals(code)) {
          return false;
        }
      }
      return throttled;
    }
    return Operation.super.throttled(error);
  }

  @Override
  public RuntimeException translate(AwsServiceException error) {
    return error instanceof TransactionCanceledException canceled
        ? onCanceled.apply(canceled) : error;
  }
}
