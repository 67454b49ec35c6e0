package dev.dynabind.runtime.internal.op;

import dev.dynabind.runtime.internal.table.PageCursors;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/** One page of a Scan (or of one segment of a parallel scan). */
public final class ScanPageOperation extends PageOperation<ScanRequest, ScanResponse> {
  private final ScanRequest request;

  /**
   * A page.
   *
   * @param scan the scan
   * @param startKey the last key of the previous page, or null for the first page
   */
  public ScanPageOperation(ScanRequest scan, Map<String, AttributeValue> startKey) {
    super(Objects.requireNonNull(scan, "scan").tableName());
    this.request = startKey == null ? scan : scan.toBuilder().exclusiveStartKey(startKey).build();
  }

  @Override
  public ScanPageOperation at(Map<String, AttributeValue> startKey, Integer limit) {
    ScanRequest.Builder next = request.toBuilder().exclusiveStartKey(startKey);
    if (limit != null) {
      next.limit(limit);
    }
    return new ScanPageOperation(next.build(), null);
  }

  @Override
  public byte[] readIdentity() {
    return PageCursors.readOf(Arrays.asList(request.tableName(), "Scan", request.indexName(), request.filterExpression()),
        request.hasExpressionAttributeNames() ? request.expressionAttributeNames() : null,
        request.hasExpressionAttributeValues() ? request.expressionAttributeValues() : null);
  }

  @Override
  public String name() {
    return "Scan";
  }

  @Override
  public ScanRequest request() {
    return request;
  }

  @Override
  public ScanResponse send(DynamoDbClient client, ScanRequest request) {
    return client.scan(request);
  }

  @Override
  public ReadPage result(ScanResponse response) {
    return ReadPage.of(response.hasItems() ? response.items() : null,
        response.hasLastEvaluatedKey() ? response.lastEvaluatedKey() : null, response.count());
  }
}
