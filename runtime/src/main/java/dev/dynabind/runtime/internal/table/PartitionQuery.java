package dev.dynabind.runtime.internal.table;

import dev.dynabind.runtime.SortKey;
import dev.dynabind.runtime.spi.TableMetadata;
import dev.dynabind.runtime.spi.ValueEncoder;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/** Builds the Query of one partition of a table and a sort key condition, reading whole items. */
public final class PartitionQuery {
  private PartitionQuery() {}

  /**
   * The request, compiled by the expression writer: every attribute name behind a placeholder
   * (they may be reserved words), lock items filtered out.
   *
   * @param tenantPrefix the prefix of the tenant in effect, or null
   * @throws IllegalArgumentException for {@code beginsWith} on a number sort key
   */
  public static <S> QueryRequest request(String tableName, TableMetadata metadata,
      AttributeValue partition, SortKey<S> condition, ValueEncoder<S> sortEncoder,
      String tenantPrefix) {
    return ReadRequests.query(new ReadTarget(tableName, metadata, null), partition, condition,
        sortEncoder, ReadSpec.ALL, tenantPrefix);
  }
}
