package dev.dynabind.runtime.internal.table;

import dev.dynabind.runtime.SortKey;
import dev.dynabind.runtime.internal.expr.ExpressionWriter;
import dev.dynabind.runtime.spi.KeyAttribute;
import dev.dynabind.runtime.spi.TableMetadata;
import dev.dynabind.runtime.spi.ValueEncoder;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** Builds the Query of one partition and a sort key condition, for generated query methods. */
public final class PartitionQuery {
  private PartitionQuery() {}

  /**
   * The request, compiled by the expression writer: every attribute name behind a
   * placeholder (they may be reserved words).
   *
   * @throws IllegalArgumentException for {@code beginsWith} on a number sort key
   */
  public static <S> QueryRequest request(String tableName, TableMetadata metadata,
      AttributeValue partition, SortKey<S> condition, ValueEncoder<S> sortEncoder) {
    KeyAttribute sortKey = metadata.sortKey();
    if (condition != null && condition.operator() == SortKey.Operator.BEGINS_WITH
        && sortKey.type() == ScalarAttributeType.N) {
      throw new IllegalArgumentException("beginsWith needs a string or binary sort key, but '"
          + sortKey.componentName() + "' of table '" + tableName + "' is a number");
    }
    ExpressionWriter writer = new ExpressionWriter(metadata.partitionKey().attributeName(),
        sortKey == null ? null : sortKey.attributeName());
    String expression = writer.keyCondition(partition, condition, sortEncoder);
    return QueryRequest.builder().tableName(tableName)
        .keyConditionExpression(expression)
        .expressionAttributeNames(writer.names())
        .expressionAttributeValues(writer.values())
        .build();
  }
}
