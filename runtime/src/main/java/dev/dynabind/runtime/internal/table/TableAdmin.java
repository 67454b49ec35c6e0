package dev.dynabind.runtime.internal.table;

import dev.dynabind.runtime.DynabindException;
import dev.dynabind.runtime.spi.KeyAttribute;
import dev.dynabind.runtime.spi.TableMetadata;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

/** Creates a repository's table; see {@code Repository.createTable()}. */
public final class TableAdmin {
  private TableAdmin() {}

  public static void create(DynamoDbClient client, String tableName, TableMetadata metadata) {
    boolean existed = false;
    try {
      client.createTable(b -> b.tableName(tableName).billingMode(BillingMode.PAY_PER_REQUEST)
          .attributeDefinitions(definitions(metadata)).keySchema(keySchema(metadata))
          .globalSecondaryIndexes(TableIndexes.globals(metadata))
          .localSecondaryIndexes(TableIndexes.locals(metadata)));
    } catch (ResourceInUseException alreadyExists) {
      // Creating what exists is the common case on a restart; waiting below covers CREATING.
      existed = true;
    }
    TableDescription table;
    try (DynamoDbWaiter waiter = DynamoDbWaiter.builder().client(client).build()) {
      table = waiter.waitUntilTableExists(b -> b.tableName(tableName)).matched().response()
          .orElseThrow().table();
    }
    if (existed) {
      checkKeys(tableName, metadata, table);
      TableIndexes.checkPresent(tableName, metadata, table);
    }
    TableIndexes.waitUntilActive(client, tableName, metadata);
    if (metadata.lock() != null) {
      enableTimeToLive(client, tableName, metadata.lock().ttlAttribute(), "its lock items");
    } else if (metadata.lifecycle().ttlAttribute() != null) {
      enableTimeToLive(client, tableName, metadata.lifecycle().ttlAttribute(),
          "its items (@Ttl)");
    }
  }

  /**
   * An existing table must have the record's keys, or the first write would fail with a message
   * about missing keys that points nowhere near the cause.
   */
  private static void checkKeys(String tableName, TableMetadata metadata, TableDescription table) {
    String expected = render(keySchema(metadata), definitions(metadata));
    String actual = render(table.keySchema(), table.attributeDefinitions());
    if (!expected.equals(actual)) {
      throw new DynabindException("table '" + tableName + "' exists with key schema " + actual
          + " but the record " + metadata.tableName() + " needs " + expected
          + "; use another table (or tableNamePrefix), or recreate the table");
    }
  }

  private static String render(List<KeySchemaElement> keys, List<AttributeDefinition> types) {
    Map<String, String> typeOf = types.stream().collect(Collectors.toMap(
        AttributeDefinition::attributeName, d -> d.attributeTypeAsString(), (a, b) -> a));
    List<String> parts = new ArrayList<>();
    for (KeySchemaElement key : keys) {
      parts.add(key.attributeName() + " " + key.keyTypeAsString() + " "
          + typeOf.getOrDefault(key.attributeName(), "?"));
    }
    return parts.toString();
  }

  /**
   * Turns TTL on for the expiry attribute of the lock items or of the {@code @Ttl} component. A
   * table has one TTL attribute: when another one is already enabled, the items would never
   * expire, so that is refused.
   */
  private static void enableTimeToLive(DynamoDbClient client, String tableName, String attribute,
      String expiring) {
    TimeToLiveDescription ttl =
        client.describeTimeToLive(b -> b.tableName(tableName)).timeToLiveDescription();
    TimeToLiveStatus status = ttl.timeToLiveStatus();
    if (status == TimeToLiveStatus.ENABLED || status == TimeToLiveStatus.ENABLING) {
      if (ttl.attributeName() != null && !ttl.attributeName().equals(attribute)) {
        throw new DynabindException("table '" + tableName + "' has TTL on attribute '"
            + ttl.attributeName() + "', but " + expiring + " expire through '" + attribute
            + "'; a table has one TTL attribute");
      }
      return;
    }
    client.updateTimeToLive(b -> b.tableName(tableName)
        .timeToLiveSpecification(t -> t.enabled(true).attributeName(attribute)));
  }

  private static List<KeySchemaElement> keySchema(TableMetadata metadata) {
    List<KeySchemaElement> keys = new ArrayList<>(2);
    keys.add(keyElement(metadata.partitionKey(), KeyType.HASH));
    if (metadata.sortKey() != null) {
      keys.add(keyElement(metadata.sortKey(), KeyType.RANGE));
    }
    return keys;
  }

  /** The table's key attributes, then each index key attribute not defined yet. */
  private static List<AttributeDefinition> definitions(TableMetadata metadata) {
    Map<String, AttributeDefinition> definitions = new LinkedHashMap<>();
    for (KeyAttribute key : TableIndexes.keyAttributes(metadata)) {
      definitions.putIfAbsent(key.attributeName(), definition(key));
    }
    return new ArrayList<>(definitions.values());
  }

  private static AttributeDefinition definition(KeyAttribute key) {
    return AttributeDefinition.builder().attributeName(key.attributeName())
        .attributeType(key.type()).build();
  }

  static KeySchemaElement keyElement(KeyAttribute key, KeyType type) {
    return KeySchemaElement.builder().attributeName(key.attributeName()).keyType(type).build();
  }
}
