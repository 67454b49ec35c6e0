package dev.dynabind.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

@ExtendWith(DynamoDbExtension.class)
class DynamoDbServerTest {

  @Test
  void embeddedServerIsUsedWhenNoEndpointAndNoDockerAndAnswersOnLoopback(DynamoDbServer server) {
    if (System.getenv(DynamoDbServer.ENDPOINT_ENV) == null) {
      assertTrue(server.kind().equals("embedded") || server.kind().equals("testcontainers"),
          server.kind());
    }
    if (server.kind().equals("embedded")) {
      assertEquals("127.0.0.1", server.endpoint().getHost());
    }
  }

  @Test
  void clientsReachARealServerAndCountTheirRequests() {
    RequestCounter counter = new RequestCounter();
    String table = TestClients.uniquePrefix() + "probe";
    try (DynamoDbClient client = TestClients.client(counter)) {
      client.createTable(b -> b.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
          .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
          .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH)));
      client.putItem(b -> b.tableName(table).item(Map.of("id", AttributeValue.fromS("a"))));
      Map<String, AttributeValue> item =
          client.getItem(b -> b.tableName(table).key(Map.of("id", AttributeValue.fromS("a")))).item();
      assertEquals("a", item.get("id").s());
    }
    assertEquals(Map.of("CreateTable", 1, "PutItem", 1, "GetItem", 1), counter.snapshot());
  }
}
