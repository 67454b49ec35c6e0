package dev.dynabind.runtime.internal.op;

import dev.dynabind.runtime.internal.table.TableBinding;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ItemResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * A TransactGetItems: up to 100 items of one or more tables read as one consistent snapshot, each
 * decoded through its table's binding. A read is idempotent, so server errors are retried; so is a
 * cancellation whose reasons are only conflicts with a running write transaction or throttling.
 */
public final class TransactGetOperation
    implements Operation<TransactGetItemsRequest, TransactGetItemsResponse, List<Object>> {
  private final List<TableBinding<?, ?>> tables;
  private final List<Map<String, AttributeValue>> keys;
  private final String what;
  private final Function<TransactionCanceledException, RuntimeException> onCanceled;

  /**
   * A transactional read.
   *
   * @param tables each read's table, in order
   * @param keys each read's encoded key, already validated, in the same order
   * @param what the keys read, for messages
   * @param onCanceled turns a cancellation into the exception to throw
   */
  public TransactGetOperation(List<TableBinding<?, ?>> tables,
      List<Map<String, AttributeValue>> keys, String what,
      Function<TransactionCanceledException, RuntimeException> onCanceled) {
    if (tables.size() != keys.size()) {
      throw new IllegalArgumentException("one table per key");
    }
    this.tables = List.copyOf(tables);
    this.keys = List.copyOf(keys);
    this.what = Objects.requireNonNull(what, "what");
    this.onCanceled = Objects.requireNonNull(onCanceled, "onCanceled");
  }

  @Override
  public String name() {
    return "TransactGetItems";
  }

  @Override
  public List<String> tableNames() {
    LinkedHashSet<String> names = new LinkedHashSet<>();
    tables.forEach(t -> names.add(t.name()));
    return List.copyOf(names);
  }

  @Override
  public String renderedKey() {
    return what;
  }

  @Override
  public String describe() {
    return "TransactGetItems of " + what + " in table '" + String.join("', '", tableNames())
        + "'";
  }

  @Override
  public TransactGetItemsRequest request() {
    List<TransactGetItem> items = new ArrayList<>(keys.size());
    for (int i = 0; i < keys.size(); i++) {
      String table = tables.get(i).name();
      Map<String, AttributeValue> key = keys.get(i);
      items.add(TransactGetItem.builder().get(g -> g.tableName(table).key(key)).build());
    }
    return TransactGetItemsRequest.builder().transactItems(items).build();
  }

  @Override
  public TransactGetItemsResponse send(DynamoDbClient client, TransactGetItemsRequest request) {
    return client.transactGetItems(request);
  }

  /** The decoded records in the order of the keys; null where no item was stored. */
  @Override
  public List<Object> result(TransactGetItemsResponse response) {
    List<ItemResponse> answers = response.responses();
    List<Object> records = new ArrayList<>(Collections.nCopies(keys.size(), null));
    for (int i = 0; i < answers.size() && i < keys.size(); i++) {
      ItemResponse answer = answers.get(i);
      if (answer != null && answer.hasItem() && !answer.item().isEmpty()) {
        records.set(i, tables.get(i).decode(answer.item()));
      }
    }
    return records;
  }

  @Override
  public boolean idempotent() {
    return true;
  }

  @Override
  public boolean throttled(AwsServiceException error) {
    if (error instanceof TransactionCanceledException canceled) {
      return TransactWriteOperation.onlyTransient(canceled, true);
    }
    return Operation.super.throttled(error);
  }

  @Override
  public RuntimeException translate(AwsServiceException error) {
    return error instanceof TransactionCanceledException canceled
        ? onCanceled.apply(canceled) : error;
  }
}
