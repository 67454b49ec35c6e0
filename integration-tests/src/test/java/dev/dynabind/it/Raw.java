package dev.dynabind.it;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Reads and writes items with the plain SDK client, to check what Dynabind stored. */
final class Raw {
  private Raw() {}

  /** The stored item, consistently read; empty map when there is none. */
  static Map<String, AttributeValue> get(DynamoDbClient client, String table, String keyName,
      AttributeValue key) {
    var response = client.getItem(b -> b.tableName(table).key(Map.of(keyName, key))
        .consistentRead(true));
    return response.hasItem() ? response.item() : Map.of();
  }

  /** The stored item under a string partition key named {@code id}. */
  static Map<String, AttributeValue> get(DynamoDbClient client, String table, String id) {
    return get(client, table, "id", AttributeValue.fromS(id));
  }

  static void put(DynamoDbClient client, String table, Map<String, AttributeValue> item) {
    client.putItem(b -> b.tableName(table).item(item));
  }
}
