package dev.dynabind.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dynabind.testing.TestClients;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/** Lock items of a {@code @LockedBy} table are neither exported nor counted. */
class LockedExportTest {
  @Test
  void lockItemsAreNeitherExportedNorCounted() {
    try (DynamoDbClient client = TestClients.client()) {
      SafeRepository safes = new SafeRepository(Catalogue.db(client));
      safes.createTable();
      for (int i = 0; i < 30; i++) {
        Safe safe = new Safe("o-" + (i % 3), "s-" + i, i);
        safes.save(safe);
        safes.lock(new SafeKey(safe.owner(), safe.name()));
      }
      // The table really holds the lock items beside the 30 records.
      assertEquals(60, client.scan(ScanRequest.builder().tableName(safes.tableName()).build())
          .count());

      assertEquals(30, TableExport.of(safes).count());
      // A caller's filter and the lock-item filter share the request.
      assertEquals(20, TableExport.of(safes).filter(ScanFilter.of("balance >= :min", Map.of(),
          Map.of(":min", AttributeValue.fromN("10")))).count());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ExportCheckpoint done = TableExport.of(safes).format(Format.JSON_LINES).segments(2).to(out);
      assertEquals(30, done.items());
      assertEquals(30, out.toString(StandardCharsets.UTF_8).lines().count());
    }
  }
}
