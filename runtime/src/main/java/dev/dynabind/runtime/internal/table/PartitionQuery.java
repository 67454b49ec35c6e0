package dev.dynabind.runtime.internal.table;

import dev.dynabind.runtime.SortKey;
import dev.dynabind.runtime.spi.KeyAttribute;
import dev.dynabind.runtime.spi.TableMetadata;
import dev.dynabind.runtime.spi.ValueEncoder;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** Builds the Query of one partition and a sort key condition, for generated query methods. */
public final class PartitionQuery {
  private PartitionQuery() {}

  /**
   * The request, with every attribute name behind a placeholder (they may be reserved words).
   *
   * @throws IllegalArgumentException for {@code beginsWith} on a number sort key
   */
  public static <S> QueryRequest request(String tableName, TableMetadata metadata,
      AttributeValue partition, SortKey<S> condition, ValueEncoder<S> sortEncoder) {
    KeyAttribute sortKey = metadata.sortKey();
    Map<String, String> names = new HashMap<>();
    Map<String, AttributeValue> values = new HashMap<>();
    names.put("#pk", metadata.partitionKey().attributeName());
    values.put(":pk", partition);
    String expression = "#pk = :pk";
    if (condition != null) {
      if (condition.operator() == SortKey.Operator.BEGINS_WITH
          && sortKey.type() == ScalarAttributeType.N) {
        throw new IllegalArgumentException("beginsWith needs a string or binary sort key, but '"
            + sortKey.componentName() + "' of table '" + metadata.tableName() + "' is a number");
      }
      names.put("#sk", sortKey.attributeName());
      values.put(":sk", sortEncoder.encode(condition.value()));
      expression += switch (condition.operator()) {
        case BEGINS_WITH -> " AND begins_with(#sk, :sk)";
        case BETWEEN -> {
          values.put(":sk2", sortEncoder.encode(condition.upper()));
          yield " AND #sk BETWEEN :sk AND :sk2";
        }
        default -> " AND #sk " + condition.operator().symbol() + " :sk";
      };
    }
    return QueryRequest.builder().tableName(tableName)
        .keyConditionExpression(expression)
        .expressionAttributeNames(names)
        .expressionAttributeValues(values)
        .build();
  }
}
