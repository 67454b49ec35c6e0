package dev.dynabind.bench.throughput;

import dev.dynabind.bench.model.CustomerBean;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.BatchWriteResult;
import software.amazon.awssdk.enhanced.dynamodb.model.ReadBatch;
import software.amazon.awssdk.enhanced.dynamodb.model.WriteBatch;

/**
 * The Enhanced Client used as a careful user would: BatchWriteItem of 25 and BatchGetItem of 100,
 * one request after the other, re-sending unprocessed items until none are left.
 */
public final class EnhancedLoad {
  private static final int WRITE_CHUNK = 25;
  private static final int READ_CHUNK = 100;

  private final DynamoDbEnhancedClient enhanced;
  private final DynamoDbTable<CustomerBean> table;

  /**
   * Binds a table.
   *
   * @param enhanced the enhanced client
   * @param table the table
   */
  public EnhancedLoad(DynamoDbEnhancedClient enhanced, DynamoDbTable<CustomerBean> table) {
    this.enhanced = enhanced;
    this.table = table;
  }

  /**
   * Writes every bean, 25 per request, re-sending unprocessed puts.
   *
   * @param beans the items
   */
  public void writeAll(List<CustomerBean> beans) {
    for (int from = 0; from < beans.size(); from += WRITE_CHUNK) {
      List<CustomerBean> pending = beans.subList(from, Math.min(beans.size(), from + WRITE_CHUNK));
      while (!pending.isEmpty()) {
        WriteBatch.Builder<CustomerBean> batch =
            WriteBatch.builder(CustomerBean.class).mappedTableResource(table);
        pending.forEach(batch::addPutItem);
        WriteBatch writeBatch = batch.build();
        BatchWriteResult result = enhanced.batchWriteItem(r -> r.writeBatches(writeBatch));
        pending = result.unprocessedPutItemsForTable(table);
      }
    }
  }

  /**
   * Reads every key, 100 per request; the result pages re-send unprocessed keys themselves.
   *
   * @param ids the partition keys
   * @return the items found
   */
  public List<CustomerBean> readAll(List<String> ids) {
    List<CustomerBean> out = new ArrayList<>(ids.size());
    for (int from = 0; from < ids.size(); from += READ_CHUNK) {
      ReadBatch.Builder<CustomerBean> batch =
          ReadBatch.builder(CustomerBean.class).mappedTableResource(table);
      for (String id : ids.subList(from, Math.min(ids.size(), from + READ_CHUNK))) {
        batch.addGetItem(Key.builder().partitionValue(id).build());
      }
      ReadBatch readBatch = batch.build();
      enhanced.batchGetItem(r -> r.readBatches(readBatch)).resultsForTable(table).forEach(out::add);
    }
    return out;
  }
}
