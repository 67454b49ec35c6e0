package dev.dynabind.runtime.internal.table;

import dev.dynabind.runtime.SortKey;
import dev.dynabind.runtime.expression.AttributePath;
import dev.dynabind.runtime.internal.expr.ExpressionWriter;
import dev.dynabind.runtime.spi.KeyAttribute;
import dev.dynabind.runtime.spi.ValueEncoder;
import java.util.LinkedHashSet;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * Builds the Query and Scan requests of a table or index, every expression through one
 * {@link ExpressionWriter}: the key condition, the caller's filter merged with the exclusion of
 * lock items, and the projection.
 */
public final class ReadRequests {
  private ReadRequests() {}

  /**
   * The Query of one partition of a table or index.
   *
   * @param target the table or index
   * @param partition the encoded partition key
   * @param condition the sort key condition, or null for the whole partition
   * @param sortEncoder encodes the condition's values as the sort key is stored
   * @param spec filter, projection, consistency, page size, order
   * @param tenantPrefix the prefix of the tenant in effect (see {@link TenantKeys}), or null
   * @param <S> the sort key type
   * @return the request of the first page
   * @throws IllegalArgumentException for {@code beginsWith} on a number sort key, or a consistent
   *     read of a global index; nothing is sent
   */
  public static <S> QueryRequest query(ReadTarget target, AttributeValue partition,
      SortKey<S> condition, ValueEncoder<S> sortEncoder, ReadSpec spec, String tenantPrefix) {
    KeyAttribute sortKey = target.sortKey();
    if (condition != null && condition.operator() == SortKey.Operator.BEGINS_WITH
        && sortKey != null && sortKey.type() == ScalarAttributeType.N) {
      throw new IllegalArgumentException("beginsWith needs a string or binary sort key, but '"
          + sortKey.componentName() + "' of " + target.describe() + " is a number");
    }
    checkConsistency(target, spec);
    ExpressionWriter writer = new ExpressionWriter(target.partitionKey().attributeName(),
        sortKey == null ? null : sortKey.attributeName());
    // A query of the table's partition key reads the tenant's partition; one of a global index's
    // own key keeps the tenant's items by a filter on the table's partition key.
    boolean tablePartition = target.partitionKey().attributeName()
        .equals(target.metadata().partitionKey().attributeName());
    AttributeValue stored = tenantPrefix != null && tablePartition
        ? TenantKeys.prefixed(partition, tenantPrefix) : partition;
    String filterPrefix = tablePartition ? null : tenantPrefix;
    QueryRequest.Builder request = QueryRequest.builder().tableName(target.tableName())
        .indexName(target.indexName())
        .keyConditionExpression(writer.keyCondition(stored, condition, sortEncoder))
        .filterExpression(writer.filter(spec.filter(), target.lockOnlyAttributes(),
            target.metadata().partitionKey().attributeName(), filterPrefix))
        .projectionExpression(projection(writer, target, spec))
        .consistentRead(spec.consistentRead() ? Boolean.TRUE : null)
        .limit(spec.pageSize())
        .scanIndexForward(spec.descending() ? Boolean.FALSE : null)
        .select(spec.count() ? Select.COUNT : null);
    return request.expressionAttributeNames(writer.names())
        .expressionAttributeValues(writer.valuesOrNull()).build();
  }

  /**
   * The Scan of a table or index, or of one segment of it.
   *
   * @param target the table or index
   * @param spec filter, projection, consistency, page size
   * @param segment the segment, or null for the whole table
   * @param totalSegments how many segments the table is split into, or null
   * @param tenantPrefix the prefix of the tenant in effect, whose items alone are kept, or null
   * @return the request of the first page
   * @throws IllegalArgumentException for a consistent read of a global index; nothing is sent
   */
  public static ScanRequest scan(ReadTarget target, ReadSpec spec, Integer segment,
      Integer totalSegments, String tenantPrefix) {
    checkConsistency(target, spec);
    ExpressionWriter writer = new ExpressionWriter(target.partitionKey().attributeName(),
        target.sortKey() == null ? null : target.sortKey().attributeName());
    ScanRequest.Builder request = ScanRequest.builder().tableName(target.tableName())
        .indexName(target.indexName())
        .filterExpression(writer.filter(spec.filter(), target.lockOnlyAttributes(),
            target.metadata().partitionKey().attributeName(), tenantPrefix))
        .projectionExpression(projection(writer, target, spec))
        .consistentRead(spec.consistentRead() ? Boolean.TRUE : null)
        .limit(spec.pageSize())
        .segment(segment).totalSegments(totalSegments)
        .select(spec.count() ? Select.COUNT : null);
    return request.expressionAttributeNames(writer.namesOrNull())
        .expressionAttributeValues(writer.valuesOrNull()).build();
  }

  private static void checkConsistency(ReadTarget target, ReadSpec spec) {
    if (spec.consistentRead() && !target.allowsConsistentRead()) {
      throw new IllegalArgumentException("consistentRead is not possible on global secondary "
          + target.describe() + ": DynamoDB reads global indexes eventually consistently only");
    }
  }

  /**
   * The caller's projection plus the start key attributes, which pages continue from and which
   * tell a lock item apart; null for whole items.
   */
  private static String projection(ExpressionWriter writer, ReadTarget target, ReadSpec spec) {
    if (spec.projection().isEmpty() || spec.count()) {
      return null;
    }
    Set<AttributePath> paths = new LinkedHashSet<>(spec.projection());
    for (String name : target.startKeyNames()) {
      paths.add(AttributePath.of(name));
    }
    return writer.projection(paths);
  }
}
