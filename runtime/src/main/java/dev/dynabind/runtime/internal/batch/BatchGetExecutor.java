package dev.dynabind.runtime.internal.batch;

import dev.dynabind.runtime.internal.table.ItemId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * The retry loop of one BatchGetItem chunk (at most 100 distinct keys): found items go to the
 * call's {@link FoundItems} as they arrive; keys neither found nor unprocessed simply have no item.
 */
final class BatchGetExecutor extends ChunkExecutor<ReadOp> {
  private final FoundItems found;

  BatchGetExecutor(BatchSettings settings, Dispatcher dispatcher, int batchNumber,
      List<ReadOp> chunk, FoundItems found) {
    super("BatchGetItem", settings, dispatcher, batchNumber, chunk);
    this.found = found;
  }

  @Override
  List<ConsumedCapacity> attempt() {
    BatchGetItemResponse response = settings.client().batchGetItem(request());
    response.responses().forEach((table, items) -> {
      List<String> names = keyNames.getOrDefault(table, List.of());
      for (Map<String, AttributeValue> item : items) {
        ItemId id = ItemId.of(table, item, names);
        if (pending.remove(id) != null) {
          found.found(id, item);
        }
      }
    });
    // Whatever is neither found nor unprocessed does not exist: that is an answer too.
    pending.keySet().retainAll(unprocessed(response.unprocessedKeys()));
    return response.consumedCapacity();
  }

  private BatchGetItemRequest request() {
    Map<String, List<Map<String, AttributeValue>>> keys = new LinkedHashMap<>();
    Map<String, ReadOp.TableRead> reads = new LinkedHashMap<>();
    for (ReadOp op : pending.values()) {
      keys.computeIfAbsent(op.id().table(), t -> new ArrayList<>()).add(op.id().key());
      reads.putIfAbsent(op.id().table(), op.table());
    }
    Map<String, KeysAndAttributes> items = new LinkedHashMap<>();
    keys.forEach((table, tableKeys) -> {
      ReadOp.TableRead read = reads.get(table);
      KeysAndAttributes.Builder k = KeysAndAttributes.builder().keys(tableKeys);
      if (read.consistentRead()) {
        k.consistentRead(true);
      }
      if (read.projection() != null) {
        k.projectionExpression(read.projection()).expressionAttributeNames(read.names());
      }
      items.put(table, k.build());
    });
    BatchGetItemRequest.Builder builder = BatchGetItemRequest.builder().requestItems(items);
    if (settings.reportConsumedCapacity()) {
      builder.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL);
    }
    return builder.build();
  }

  private List<ItemId> unprocessed(Map<String, KeysAndAttributes> returned) {
    List<ItemId> result = new ArrayList<>();
    returned.forEach((table, k) -> {
      for (Map<String, AttributeValue> key : k.keys()) {
        result.add(new ItemId(table, key));
      }
    });
    return result;
  }
}
