package dev.dynabind.runtime.internal.op;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/** One page of a Query: the request with the previous page's last key, and the items it found. */
public final class QueryPageOperation
    implements Operation<QueryRequest, QueryResponse, QueryPageOperation.Page> {
  private final QueryRequest request;

  /**
   * A page.
   *
   * @param query the query
   * @param startKey the last key of the previous page, or null for the first page
   */
  public QueryPageOperation(QueryRequest query, Map<String, AttributeValue> startKey) {
    Objects.requireNonNull(query, "query");
    this.request = startKey == null ? query : query.toBuilder().exclusiveStartKey(startKey).build();
  }

  /**
   * The stored items of a page, and where the next page starts.
   *
   * @param items the items, in the order DynamoDB returned them
   * @param lastKey the key to start the next page after, or null after the last page
   */
  public record Page(List<Map<String, AttributeValue>> items, Map<String, AttributeValue> lastKey) {}

  @Override
  public List<String> tableNames() {
    return List.of(request.tableName());
  }

  @Override
  public String renderedKey() {
    return "a page of the Query";
  }

  @Override
  public String name() {
    return "Query";
  }

  @Override
  public String describe() {
    return "Query page in table '" + request.tableName() + "'";
  }

  @Override
  public QueryRequest request() {
    return request;
  }

  @Override
  public QueryResponse send(DynamoDbClient client, QueryRequest request) {
    return client.query(request);
  }

  @Override
  public Page result(QueryResponse response) {
    // As the SDK's paginator: an absent or empty last key ends the query.
    Map<String, AttributeValue> last = response.hasLastEvaluatedKey()
        && !response.lastEvaluatedKey().isEmpty() ? response.lastEvaluatedKey() : null;
    return new Page(response.hasItems() ? response.items() : List.of(), last);
  }

  @Override
  public boolean idempotent() {
    return true;
  }
}
