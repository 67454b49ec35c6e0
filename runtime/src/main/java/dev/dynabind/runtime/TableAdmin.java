package dev.dynabind.runtime;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

/** Creates a repository's table; see {@link Repository#createTable()}. */
final class TableAdmin {
  private TableAdmin() {}

  static void create(DynamoDbClient client, String tableName, TableMetadata metadata) {
    try {
      client.createTable(b -> {
        b.tableName(tableName).billingMode(BillingMode.PAY_PER_REQUEST);
        if (metadata.sortKey() == null) {
          b.attributeDefinitions(definition(metadata.partitionKey()))
              .keySchema(keyElement(metadata.partitionKey(), KeyType.HASH));
        } else {
          b.attributeDefinitions(definition(metadata.partitionKey()), definition(metadata.sortKey()))
              .keySchema(keyElement(metadata.partitionKey(), KeyType.HASH),
                  keyElement(metadata.sortKey(), KeyType.RANGE));
        }
      });
    } catch (ResourceInUseException alreadyExists) {
      // Creating what exists is the common case on a restart; waiting below covers CREATING.
    }
    try (DynamoDbWaiter waiter = DynamoDbWaiter.builder().client(client).build()) {
      waiter.waitUntilTableExists(b -> b.tableName(tableName));
    }
    if (metadata.lock() != null) {
      enableTimeToLive(client, tableName, metadata.lock().ttlAttribute());
    }
  }

  private static void enableTimeToLive(DynamoDbClient client, String tableName, String attribute) {
    TimeToLiveStatus status = client.describeTimeToLive(b -> b.tableName(tableName))
        .timeToLiveDescription().timeToLiveStatus();
    if (status != TimeToLiveStatus.ENABLED && status != TimeToLiveStatus.ENABLING) {
      client.updateTimeToLive(b -> b.tableName(tableName)
          .timeToLiveSpecification(t -> t.enabled(true).attributeName(attribute)));
    }
  }

  private static AttributeDefinition definition(KeyAttribute key) {
    return AttributeDefinition.builder().attributeName(key.attributeName())
        .attributeType(key.type()).build();
  }

  private static KeySchemaElement keyElement(KeyAttribute key, KeyType type) {
    return KeySchemaElement.builder().attributeName(key.attributeName()).keyType(type).build();
  }
}
