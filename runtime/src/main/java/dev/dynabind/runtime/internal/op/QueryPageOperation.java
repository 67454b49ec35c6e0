package dev.dynabind.runtime.internal.op;

import dev.dynabind.runtime.internal.table.PageCursors;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/** One page of a Query: the request with the previous page's last key, and what it found. */
public final class QueryPageOperation extends PageOperation<QueryRequest, QueryResponse> {
  private final QueryRequest request;

  /**
   * A page.
   *
   * @param query the query
   * @param startKey the last key of the previous page, or null for the first page
   */
  public QueryPageOperation(QueryRequest query, Map<String, AttributeValue> startKey) {
    super(Objects.requireNonNull(query, "query").tableName());
    this.request = startKey == null ? query : query.toBuilder().exclusiveStartKey(startKey).build();
  }

  @Override
  public QueryPageOperation at(Map<String, AttributeValue> startKey, Integer limit) {
    QueryRequest.Builder next = request.toBuilder().exclusiveStartKey(startKey);
    if (limit != null) {
      next.limit(limit);
    }
    return new QueryPageOperation(next.build(), null);
  }

  @Override
  public byte[] readIdentity() {
    return PageCursors.readOf(Arrays.asList(request.tableName(), "Query", request.indexName(), request.keyConditionExpression(),
        request.filterExpression(), String.valueOf(request.scanIndexForward())),
        request.hasExpressionAttributeNames() ? request.expressionAttributeNames() : null,
        request.hasExpressionAttributeValues() ? request.expressionAttributeValues() : null);
  }

  @Override
  public String name() {
    return "Query";
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
  public ReadPage result(QueryResponse response) {
    return ReadPage.of(response.hasItems() ? response.items() : null,
        response.hasLastEvaluatedKey() ? response.lastEvaluatedKey() : null, response.count());
  }
}
