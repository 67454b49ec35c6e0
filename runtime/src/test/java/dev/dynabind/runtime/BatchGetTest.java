package dev.dynabind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;

class BatchGetTest {

  @Test
  void resultsFollowTheFirstOccurrenceOfEachKeyAndMissingKeysAreAbsent() {
    try (BatchFixture f = new BatchFixture()) {
      f.items.batchSave(BatchFixture.items(10));
      List<Item> read = f.items.batchGet(List.of("id-7", "nope", "id-2", "id-7", "id-0"));
      assertEquals(List.of("id-7", "id-2", "id-0"), read.stream().map(Item::id).toList());
      assertEquals(List.of(), f.items.batchGet(List.of()));
    }
  }

  @Test
  void lockItemsAreNeverReturned() {
    try (BatchFixture f = new BatchFixture()) {
      ItemRepository locked = new ItemRepository(f.db, ItemCodec.LOCKED);
      locked.createTable();
      locked.batchSave(List.of(new Item("a", 1, "x"), new Item("b", 2, "y")));
      f.client.putItem(b -> b.tableName(locked.tableName()).item(Map.of(
          "id", AttributeValue.fromS("a#lock"), "version", AttributeValue.fromN("1"))));
      List<Item> read = locked.batchGet(List.of("a#lock", "a", "b"));
      assertEquals(List.of("a", "b"), read.stream().map(Item::id).toList());
    }
  }

  @Test
  void optionsAskForConsistentReadsAndAProjectionThatAlwaysHoldsTheKey() {
    List<BatchGetItemRequest> sent = new CopyOnWriteArrayList<>();
    ExecutionInterceptor capture = new ExecutionInterceptor() {
      @Override
      public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        if (context.request() instanceof BatchGetItemRequest r) {
          sent.add(r);
        }
      }
    };
    try (BatchFixture f = new BatchFixture(capture)) {
      f.items.batchSave(BatchFixture.items(3));
      BatchGetOptions options = BatchGetOptions.builder().consistentRead(true).projection("n").build();
      List<Item> read = f.items.batchGet(BatchFixture.ids(3), options);
      assertEquals(3, read.size());
      read.forEach(item -> {
        assertNull(item.payload(), "not projected");
        assertEquals(item.id(), "id-" + item.n(), "key and projected attribute read");
      });
      var keysAndAttributes = sent.get(0).requestItems().get(f.items.tableName());
      assertTrue(keysAndAttributes.consistentRead());
      assertEquals("#p0, #p1", keysAndAttributes.projectionExpression());
      assertEquals(Map.of("#p0", "id", "#p1", "n"), keysAndAttributes.expressionAttributeNames());
      assertEquals(BatchGetOptions.consistent(), BatchGetOptions.builder().consistentRead(true).build());
    }
  }

  @Test
  void compositeKeysAreReadByPartitionAndSortKey() {
    try (BatchFixture f = new BatchFixture()) {
      f.lines.batchSave(List.of(new Line("o1", 1, "a"), new Line("o1", 2, "b"), new Line("o2", 1, "c")));
      List<Line> read = f.lines.batchGet(List.of(new Line.Key("o2", 1), new Line.Key("o1", 2),
          new Line.Key("o1", 3)));
      assertEquals(List.of(new Line("o2", 1, "c"), new Line("o1", 2, "b")), read);
      f.lines.batchDeleteItems(List.of(new Line("o1", 1, "ignored")));
      assertEquals(2, f.count(f.lines));
    }
  }
}
