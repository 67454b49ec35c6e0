package dev.dynabind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynabind.runtime.Dynabind;
import dev.dynabind.testing.DynamoDbExtension;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

@ExtendWith(DynamoDbExtension.class)
class RepositoryOperationsTest {
  private final DynamoDbClient client;
  private Dynabind db;
  private CounterRepository counters;

  RepositoryOperationsTest(DynamoDbClient client) {
    this.client = client;
  }

  @BeforeEach
  void createTable() {
    db = Databases.fresh(client);
    counters = new CounterRepository(db);
    counters.createTable();
  }

  @Test
  void getOfAMissingKeyIsEmpty() {
    assertEquals(Optional.empty(), counters.get(404L));
  }

  @Test
  void saveReplacesTheItemWithTheSameKey() {
    counters.save(new Counter(1L, 1));
    counters.save(new Counter(1L, 2));

    assertEquals(Optional.of(new Counter(1L, 2)), counters.get(1L));
  }

  @Test
  void deleteRemovesTheItemAndDeletingAgainIsNotAnError() {
    counters.save(new Counter(2L, 5));

    counters.delete(2L);
    counters.delete(2L);

    assertEquals(Optional.empty(), counters.get(2L));
  }

  @Test
  void getAsyncReadsTheSameItem() throws Exception {
    counters.save(new Counter(3L, 7));

    assertEquals(Optional.of(new Counter(3L, 7)), counters.getAsync(3L).get(10, TimeUnit.SECONDS));
    assertEquals(Optional.empty(), counters.getAsync(4L).get(10, TimeUnit.SECONDS));
  }

  @Test
  void createTableOnAnExistingTableKeepsItsItems() {
    counters.save(new Counter(5L, 9));

    counters.createTable();
    new CounterRepository(db).createTable();

    assertEquals(Optional.of(new Counter(5L, 9)), counters.get(5L));
  }

  @Test
  void tableNameIsThePrefixFollowedByTheTableAnnotationValue() {
    assertEquals(db.tableNamePrefix() + "counters", counters.tableName());
  }

  @Test
  void createTableMakesAnOnDemandTableKeyedAsTheRecordSays() {
    TableDescription table = client.describeTable(b -> b.tableName(counters.tableName())).table();

    assertEquals(BillingMode.PAY_PER_REQUEST, table.billingModeSummary().billingMode());
    assertEquals("id", table.keySchema().get(0).attributeName());
    assertEquals(1, table.keySchema().size());
    assertTrue(table.attributeDefinitions().stream()
        .anyMatch(d -> d.attributeName().equals("id") && d.attributeTypeAsString().equals("N")));
  }

  @Test
  void negativeAndExtremeNumberKeysAddressDistinctItems() {
    counters.save(new Counter(Long.MIN_VALUE, 1));
    counters.save(new Counter(Long.MAX_VALUE, 2));
    counters.save(new Counter(0L, 3));

    assertEquals(1, counters.get(Long.MIN_VALUE).orElseThrow().value());
    assertEquals(2, counters.get(Long.MAX_VALUE).orElseThrow().value());
    assertEquals(3, counters.get(0L).orElseThrow().value());
  }
}
