package dev.dynabind.runtime.internal.batch;

import dev.dynabind.runtime.internal.table.ItemId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** The retry loop of one BatchWriteItem chunk (at most 25 writes, one per item). */
final class BatchWriteExecutor extends ChunkExecutor<WriteOp> {

  BatchWriteExecutor(BatchSettings settings, Dispatcher dispatcher, int batchNumber,
      List<WriteOp> chunk) {
    super("BatchWriteItem", settings, dispatcher, batchNumber, chunk);
  }

  @Override
  List<ConsumedCapacity> attempt() {
    BatchWriteItemResponse response = settings.client().batchWriteItem(request());
    pending.keySet().retainAll(unprocessed(response.unprocessedItems()));
    return response.consumedCapacity();
  }

  private BatchWriteItemRequest request() {
    Map<String, List<WriteRequest>> byTable = new LinkedHashMap<>();
    for (WriteOp op : pending.values()) {
      byTable.computeIfAbsent(op.id().table(), t -> new ArrayList<>()).add(op.request().get());
    }
    BatchWriteItemRequest.Builder builder = BatchWriteItemRequest.builder().requestItems(byTable);
    if (settings.reportConsumedCapacity()) {
      builder.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL);
    }
    return builder.build();
  }

  /** Maps what DynamoDB handed back onto our writes by table and key. */
  private Set<ItemId> unprocessed(Map<String, List<WriteRequest>> returned) {
    Set<ItemId> result = new HashSet<>();
    returned.forEach((table, writes) -> {
      List<String> names = keyNames.getOrDefault(table, List.of());
      for (WriteRequest write : writes) {
        result.add(write.putRequest() != null
            ? ItemId.of(table, write.putRequest().item(), names)
            : ItemId.of(table, write.deleteRequest().key(), names));
      }
    });
    return result;
  }
}
