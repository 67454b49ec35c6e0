package dev.dynabind.runtime.internal.op;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbResponse;

/**
 * One page of a paged read (Query or Scan): a read, so idempotent, sent again on a server error.
 * {@link QueryPages} runs a sequence of them, one per page, each through the pipeline.
 *
 * @param <Q> the SDK request type
 * @param <S> the SDK response type
 */
public abstract sealed class PageOperation<Q extends DynamoDbRequest, S extends DynamoDbResponse>
    implements Operation<Q, S, ReadPage> permits QueryPageOperation, ScanPageOperation {
  private final String tableName;

  PageOperation(String tableName) {
    this.tableName = tableName;
  }

  @Override
  public final List<String> tableNames() {
    return List.of(tableName);
  }

  @Override
  public final String renderedKey() {
    return "a page of the " + name();
  }

  @Override
  public final String describe() {
    return name() + " page in table '" + tableName + "'";
  }

  @Override
  public final boolean idempotent() {
    return true;
  }

  /**
   * The page that starts after a key, reading at most a number of items.
   *
   * @param startKey the last key of the previous page, or null for the first page
   * @param limit the most items DynamoDB evaluates, or null for the request's own
   * @return the operation
   */
  public abstract PageOperation<Q, S> at(Map<String, AttributeValue> startKey, Integer limit);

  /**
   * The page that starts after a key, or this first page.
   *
   * @param startKey the last key of the previous page, or null for this page
   * @return the operation
   */
  public final PageOperation<Q, S> after(Map<String, AttributeValue> startKey) {
    return startKey == null ? this : at(startKey, null);
  }

  /**
   * What identifies this read for page cursors: table, index, key condition, filter with its
   * names and values, and order; not the start key, page size, projection or consistency.
   *
   * @return a hash of the read
   */
  public abstract byte[] readIdentity();
}
