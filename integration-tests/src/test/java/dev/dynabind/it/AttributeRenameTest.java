package dev.dynabind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.dynabind.testing.DynamoDbExtension;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@ExtendWith(DynamoDbExtension.class)
class AttributeRenameTest {
  private final DynamoDbClient client;
  private RenamedRepository renamed;

  AttributeRenameTest(DynamoDbClient client) {
    this.client = client;
  }

  @BeforeEach
  void createTable() {
    renamed = new RenamedRepository(Databases.fresh(client));
    renamed.createTable();
  }

  @Test
  void renamedComponentsAreStoredUnderTheirAttributeNames() {
    renamed.save(new Renamed("r-1", Instant.parse("2024-01-02T03:04:05Z"),
        new Renamed.Place("75001", "Paris")));

    Map<String, AttributeValue> item =
        Raw.get(client, renamed.tableName(), "pk", AttributeValue.fromS("r-1"));

    assertEquals(Map.of("pk", "r-1", "created_at", "2024-01-02T03:04:05Z"),
        Map.of("pk", item.get("pk").s(), "created_at", item.get("created_at").s()));
    assertEquals("75001", item.get("home").m().get("zip_code").s());
    assertEquals("Paris", item.get("home").m().get("city").s());
    for (String componentName : new String[] {"id", "createdAt", "place"}) {
      assertFalse(item.containsKey(componentName), componentName + " must not be stored");
    }
    assertFalse(item.get("home").m().containsKey("zip"));
  }

  @Test
  void renamedKeyIsTheTableKeyAttribute() {
    assertEquals("pk", renamed.codec().metadata().partitionKey().attributeName());
    assertEquals("pk", client.describeTable(b -> b.tableName(renamed.tableName())).table()
        .keySchema().get(0).attributeName());
  }

  @Test
  void renamedComponentsReadBackEqual() {
    Renamed saved = new Renamed("r-2", Instant.parse("2024-01-02T03:04:05Z"),
        new Renamed.Place("75001", "Paris"));
    renamed.save(saved);

    assertEquals(saved, renamed.get("r-2").orElseThrow());
  }
}
