package dev.dynabind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dynabind.testing.TestClients;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

class CreateTableTest {

  @Test
  void createTableAcceptsAnExistingTableWithTheRecordsKeys() {
    try (DynamoDbClient client = TestClients.client()) {
      Dynabind db = Dynabind.builder().client(client).tableNamePrefix(TestClients.uniquePrefix())
          .build();
      new ItemRepository(db).createTable();
      ItemRepository again = new ItemRepository(db);
      again.createTable();
      again.save(new Item("a", 1, "p"));
      assertEquals(List.of("a"), again.batchGet(List.of("a")).stream().map(Item::id).toList());
    }
  }

  @Test
  void createTableRefusesAnExistingTableWithOtherKeysNamingBoth() {
    try (DynamoDbClient client = TestClients.client()) {
      String prefix = TestClients.uniquePrefix();
      Dynabind db = Dynabind.builder().client(client).tableNamePrefix(prefix).build();
      // A table named like the Item table, created with the Line table's composite key.
      client.createTable(b -> b.tableName(prefix + "items")
          .billingMode("PAY_PER_REQUEST")
          .attributeDefinitions(a -> a.attributeName("order").attributeType("S"),
              a -> a.attributeName("no").attributeType("N"))
          .keySchema(k -> k.attributeName("order").keyType("HASH"),
              k -> k.attributeName("no").keyType("RANGE")));
      DynabindException e =
          assertThrows(DynabindException.class, () -> new ItemRepository(db).createTable());
      assertEquals("table '" + prefix + "items' exists with key schema [order HASH S, no RANGE N]"
          + " but the record items needs [id HASH S]; use another table (or tableNamePrefix),"
          + " or recreate the table", e.getMessage());
    }
  }
}
