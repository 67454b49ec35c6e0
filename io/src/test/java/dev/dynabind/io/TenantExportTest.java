package dev.dynabind.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynabind.runtime.Dynabind;
import dev.dynabind.runtime.Tenancy;
import dev.dynabind.runtime.Tenant;
import dev.dynabind.runtime.TenantRequiredException;
import dev.dynabind.testing.TestClients;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Under a tenancy an export reads only the tenant's items (lock items still left out) and writes
 * them without the tenant's prefix, so the file imports into another tenant.
 */
class TenantExportTest {
  @Test
  void aTenantsExportHoldsOnlyItsItemsAndImportsIntoAnotherTenant() {
    try (DynamoDbClient client = TestClients.client()) {
      Dynabind db = Dynabind.builder().client(client).tableNamePrefix(TestClients.uniquePrefix())
          .tenancy(Tenancy.keyPrefix()).build();
      SafeRepository safes = new SafeRepository(db);
      safes.createTable();
      for (String tenant : new String[] {"acme", "globex"}) {
        Tenant.run(tenant, () -> {
          for (int i = 0; i < (tenant.equals("acme") ? 20 : 7); i++) {
            Safe safe = new Safe("o-" + (i % 3), tenant + "-" + i, i);
            safes.save(safe);
            safes.lock(new SafeKey(safe.owner(), safe.name()));
          }
        });
      }
      assertEquals(20, Tenant.call("acme", () -> TableExport.of(safes).count()));
      assertEquals(7, Tenant.call("globex", () -> TableExport.of(safes)
          .filter(ScanFilter.of("balance >= :min", Map.of(),
              Map.of(":min", AttributeValue.fromN("0")))).count()));
      assertThrows(TenantRequiredException.class, () -> TableExport.of(safes).count());

      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ExportCheckpoint done = Tenant.call("acme",
          () -> TableExport.of(safes).format(Format.JSON_LINES).segments(2).to(out));
      assertEquals(20, done.items());
      String file = out.toString(StandardCharsets.UTF_8);
      assertEquals(20, file.lines().count());
      assertFalse(file.contains("acme#") || file.contains("globex"), "no prefix, no other tenant");
      assertTrue(file.contains("\"owner\":\"o-1\""), file.lines().findFirst().orElse(""));

      ImportResult imported = Tenant.call("initech", () -> TableImport.of(safes)
          .format(Format.JSON_LINES)
          .from(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8))));
      assertEquals(20, imported.checkpoint().written());
      assertEquals(20, Tenant.call("initech", () -> safes.scan().count()));
      assertEquals(19, Tenant.call("initech", () -> safes.get(new SafeKey("o-1", "acme-19")))
          .orElseThrow().balance());
      assertEquals(20, Tenant.call("acme", () -> safes.count()), "the source is unchanged");
    }
  }
}
