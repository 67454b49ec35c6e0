package dev.dynabind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynabind.runtime.Dynabind;
import dev.dynabind.runtime.ItemDecodeException;
import dev.dynabind.testing.DynamoDbExtension;
import dev.dynabind.testing.TestClients;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * batchGet decodes items as their chunk's answer arrives, on the chunk's thread: the caller still
 * gets records in its own order, and a bad item still fails the call the way it did when
 * decoding ran at the end.
 */
@ExtendWith(DynamoDbExtension.class)
class BatchGetDecodingTest {
  private final DynamoDbClient client;

  BatchGetDecodingTest(DynamoDbClient client) {
    this.client = client;
  }

  @Test
  void aBadItemAmongManyFailsTheCallNamingItsKeyAtEveryConcurrency() {
    for (int concurrency : new int[] {1, 4}) {
      Dynabind db = Dynabind.builder().client(client).tableNamePrefix(TestClients.uniquePrefix())
          .requireBatchContext(false).concurrency(concurrency).build();
      ScalarsRepository scalars = new ScalarsRepository(db);
      scalars.createTable();
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < 250; i++) {
        ids.add("s-" + i);
        Raw.put(client, scalars.tableName(), Map.of("id", AttributeValue.fromS("s-" + i)));
      }
      Raw.put(client, scalars.tableName(), Map.of("id", AttributeValue.fromS("s-180"),
          "count", AttributeValue.fromS("not a number")));

      ItemDecodeException e = assertThrows(ItemDecodeException.class, () -> scalars.batchGet(ids));

      assertEquals(scalars.tableName(), e.tableName());
      assertTrue(e.key().contains("s-180"), e.key());
      assertEquals("count", e.attribute());
    }
  }
}
