package dev.dynabind.runtime.internal.table;

import dev.dynabind.runtime.DynabindException;
import dev.dynabind.runtime.spi.IndexMetadata;
import dev.dynabind.runtime.spi.KeyAttribute;
import dev.dynabind.runtime.spi.TableMetadata;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/** The secondary indexes {@link TableAdmin} creates with a table, and waits for. */
final class TableIndexes {
  /** A new global index of a large table can take long to build; DynamoDB Local is instant. */
  private static final Duration ACTIVE_TIMEOUT = Duration.ofMinutes(30);
  private static final Duration POLL = Duration.ofSeconds(2);
  private static final Projection ALL =
      Projection.builder().projectionType(ProjectionType.ALL).build();

  private TableIndexes() {}

  /** Table keys first, then index keys: every attribute a key schema names. */
  static List<KeyAttribute> keyAttributes(TableMetadata metadata) {
    List<KeyAttribute> keys = new ArrayList<>();
    keys.add(metadata.partitionKey());
    if (metadata.sortKey() != null) {
      keys.add(metadata.sortKey());
    }
    for (IndexMetadata index : metadata.indexes()) {
      if (index.partitionKey() != null) {
        keys.add(index.partitionKey());
      }
      if (index.sortKey() != null) {
        keys.add(index.sortKey());
      }
    }
    return keys;
  }

  /** The global indexes, projecting all attributes; null when there are none (not sent). */
  static List<GlobalSecondaryIndex> globals(TableMetadata metadata) {
    List<GlobalSecondaryIndex> indexes = new ArrayList<>();
    for (IndexMetadata index : metadata.indexes()) {
      if (index.kind() == IndexMetadata.Kind.GLOBAL) {
        indexes.add(GlobalSecondaryIndex.builder().indexName(index.name())
            .keySchema(schema(index.partitionKey(), index.sortKey())).projection(ALL).build());
      }
    }
    return indexes.isEmpty() ? null : indexes;
  }

  /** The local indexes, projecting all attributes; null when there are none (not sent). */
  static List<LocalSecondaryIndex> locals(TableMetadata metadata) {
    List<LocalSecondaryIndex> indexes = new ArrayList<>();
    for (IndexMetadata index : metadata.indexes()) {
      if (index.kind() == IndexMetadata.Kind.LOCAL) {
        indexes.add(LocalSecondaryIndex.builder().indexName(index.name())
            .keySchema(schema(metadata.partitionKey(), index.sortKey())).projection(ALL).build());
      }
    }
    return indexes.isEmpty() ? null : indexes;
  }

  private static List<KeySchemaElement> schema(KeyAttribute partition, KeyAttribute sort) {
    List<KeySchemaElement> schema = new ArrayList<>(2);
    schema.add(TableAdmin.keyElement(partition, KeyType.HASH));
    if (sort != null) {
      schema.add(TableAdmin.keyElement(sort, KeyType.RANGE));
    }
    return schema;
  }

  /**
   * An existing table must have the record's indexes, or its index queries would fail with a
   * ValidationException far from the cause. Indexes are not added to an existing table: a local
   * index cannot be, and building a global one is an operation to plan.
   */
  static void checkPresent(String tableName, TableMetadata metadata, TableDescription table) {
    Set<String> present = new HashSet<>();
    if (table.hasGlobalSecondaryIndexes()) {
      table.globalSecondaryIndexes().forEach(i -> present.add(i.indexName()));
    }
    if (table.hasLocalSecondaryIndexes()) {
      table.localSecondaryIndexes().forEach(i -> present.add(i.indexName()));
    }
    List<String> missing = new ArrayList<>();
    for (IndexMetadata index : metadata.indexes()) {
      if (!present.contains(index.name())) {
        missing.add(index.name());
      }
    }
    if (!missing.isEmpty()) {
      throw new DynabindException("table '" + tableName + "' exists without the indexes "
          + missing + " that the record " + metadata.tableName() + " declares; add the global"
          + " ones with UpdateTable, or recreate the table (a local index can only be created"
          + " with its table)");
    }
  }

  /** Global indexes are built after their table is active; queries fail until they are. */
  static void waitUntilActive(DynamoDbClient client, String tableName, TableMetadata metadata) {
    if (metadata.indexes().stream().noneMatch(i -> i.kind() == IndexMetadata.Kind.GLOBAL)) {
      return;
    }
    Instant deadline = Instant.now().plus(ACTIVE_TIMEOUT);
    while (true) {
      TableDescription table = client.describeTable(b -> b.tableName(tableName)).table();
      List<String> building = new ArrayList<>();
      if (table.hasGlobalSecondaryIndexes()) {
        for (GlobalSecondaryIndexDescription index : table.globalSecondaryIndexes()) {
          if (index.indexStatus() != IndexStatus.ACTIVE) {
            building.add(index.indexName());
          }
        }
      }
      if (building.isEmpty()) {
        return;
      }
      if (Instant.now().isAfter(deadline)) {
        throw new DynabindException("the indexes " + building + " of table '" + tableName
            + "' were not active after " + ACTIVE_TIMEOUT);
      }
      try {
        Thread.sleep(POLL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new DynabindException("interrupted while waiting for the indexes " + building
            + " of table '" + tableName + "' to become active", e);
      }
    }
  }
}
