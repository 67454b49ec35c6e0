package dev.dynabind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynabind.runtime.BatchContext;
import dev.dynabind.runtime.ItemDecodeException;
import dev.dynabind.testing.DynamoDbExtension;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A present attribute of the wrong type: the error names the table as requests do (prefix
 * included), the key and the attribute, whichever read found the item.
 */
@ExtendWith(DynamoDbExtension.class)
class DecodeErrorTest {
  private final DynamoDbClient client;

  DecodeErrorTest(DynamoDbClient client) {
    this.client = client;
  }

  private static void assertNames(ItemDecodeException e, String table, String key,
      String attribute) {
    assertEquals(table, e.tableName());
    assertTrue(e.key().contains(key), e.key());
    assertEquals(attribute, e.attribute());
    assertTrue(e.getMessage().contains(" of table '" + table + "'"), e.getMessage());
    assertTrue(e.getMessage().contains(key), e.getMessage());
    assertTrue(e.getMessage().contains(attribute), e.getMessage());
  }

  @Test
  void numberStoredAsStringIsRejectedNamingTableKeyAndAttribute() {
    ScalarsRepository scalars = new ScalarsRepository(Databases.fresh(client));
    scalars.createTable();
    Raw.put(client, scalars.tableName(), Map.of("id", AttributeValue.fromS("bad-1"),
        "count", AttributeValue.fromS("seven")));

    ItemDecodeException e = assertThrows(ItemDecodeException.class, () -> scalars.get("bad-1"));

    assertNames(e, scalars.tableName(), "bad-1", "count");
  }

  @Test
  void wrongTypesOfEveryKindAreRejected() {
    ScalarsRepository scalars = new ScalarsRepository(Databases.fresh(client));
    scalars.createTable();
    Map<String, AttributeValue> wrong = Map.of(
        "text", AttributeValue.fromN("1"),
        "flag", AttributeValue.fromS("true"),
        "raw", AttributeValue.fromS("bytes"),
        "uuid", AttributeValue.fromS("not-a-uuid"),
        "color", AttributeValue.fromS("PURPLE"),
        "tiny", AttributeValue.fromN("1000"),
        "letter", AttributeValue.fromS("two"));
    for (Map.Entry<String, AttributeValue> attribute : wrong.entrySet()) {
      String id = "bad-" + attribute.getKey();
      Raw.put(client, scalars.tableName(),
          Map.of("id", AttributeValue.fromS(id), attribute.getKey(), attribute.getValue()));

      ItemDecodeException e = assertThrows(ItemDecodeException.class, () -> scalars.get(id),
          attribute.getKey());

      assertNames(e, scalars.tableName(), id, attribute.getKey());
    }
  }

  @Test
  void wrongTypeDeepInsideNestedRecordsNamesTheAttributePath() {
    CompanyRepository companies = new CompanyRepository(Databases.fresh(client));
    companies.createTable();
    AttributeValue lead = AttributeValue.fromM(Map.of("age", AttributeValue.fromS("old")));
    AttributeValue team = AttributeValue.fromM(Map.of("lead", lead));
    AttributeValue department = AttributeValue.fromM(Map.of("team", team));
    Raw.put(client, companies.tableName(),
        Map.of("id", AttributeValue.fromS("bad-2"), "department", department));

    ItemDecodeException e =
        assertThrows(ItemDecodeException.class, () -> companies.get("bad-2"));

    assertNames(e, companies.tableName(), "bad-2", "department.team.lead.age");
  }

  @Test
  void nestedRecordStoredAsStringIsRejected() {
    CompanyRepository companies = new CompanyRepository(Databases.fresh(client));
    companies.createTable();
    Raw.put(client, companies.tableName(), Map.of("id", AttributeValue.fromS("bad-3"),
        "department", AttributeValue.fromS("R&D")));

    ItemDecodeException e =
        assertThrows(ItemDecodeException.class, () -> companies.get("bad-3"));

    assertNames(e, companies.tableName(), "bad-3", "department");
  }

  @Test
  void wrongListElementNamesItsIndex() {
    ContainersRepository containers = new ContainersRepository(Databases.fresh(client));
    containers.createTable();
    Raw.put(client, containers.tableName(), Map.of("id", AttributeValue.fromS("bad-4"),
        "names", AttributeValue.fromL(List.of(AttributeValue.fromS("a"),
            AttributeValue.fromN("2")))));

    ItemDecodeException e =
        assertThrows(ItemDecodeException.class, () -> containers.get("bad-4"));

    assertNames(e, containers.tableName(), "bad-4", "names[1]");
  }

  @Test
  void listStoredAsStringSetIsRejected() {
    ContainersRepository containers = new ContainersRepository(Databases.fresh(client));
    containers.createTable();
    Raw.put(client, containers.tableName(), Map.of("id", AttributeValue.fromS("bad-5"),
        "names", AttributeValue.fromSs(List.of("a", "b"))));

    ItemDecodeException e =
        assertThrows(ItemDecodeException.class, () -> containers.get("bad-5"));

    assertNames(e, containers.tableName(), "bad-5", "names");
  }

  @Test
  void wrongTypeUnderARenamedAttributeNamesTheStoredName() {
    RenamedRepository renamed = new RenamedRepository(Databases.fresh(client));
    renamed.createTable();
    Raw.put(client, renamed.tableName(), Map.of("pk", AttributeValue.fromS("bad-6"),
        "created_at", AttributeValue.fromN("1700000000")));

    ItemDecodeException e = assertThrows(ItemDecodeException.class, () -> renamed.get("bad-6"));

    assertNames(e, renamed.tableName(), "bad-6", "created_at");
  }

  @Test
  void wrongValueDeepInsideContainersNamesTheWholePath() {
    ContainersRepository containers = new ContainersRepository(Databases.fresh(client));
    containers.createTable();
    AttributeValue goodLine = AttributeValue.fromM(Map.of("product", AttributeValue.fromS("p"),
        "quantity", AttributeValue.fromN("1")));
    AttributeValue badLine = AttributeValue.fromM(Map.of("product", AttributeValue.fromS("p"),
        "quantity", AttributeValue.fromS("one")));
    AttributeValue strings = AttributeValue.fromL(List.of(AttributeValue.fromS("a")));
    AttributeValue stringThenNumber =
        AttributeValue.fromL(List.of(AttributeValue.fromS("a"), AttributeValue.fromN("2")));
    Map<String, AttributeValue> cases = Map.of(
        "grid[1][1]", AttributeValue.fromL(List.of(strings, stringThenNumber)),
        "lines[1].quantity", AttributeValue.fromL(List.of(goodLine, badLine)),
        "scores.math", AttributeValue.fromM(Map.of("math", AttributeValue.fromS("x"))),
        "linesByName.first.quantity", AttributeValue.fromM(Map.of("first", badLine)),
        "aliases.bob[1]", AttributeValue.fromM(Map.of("bob", stringThenNumber)));
    int n = 0;
    for (Map.Entry<String, AttributeValue> entry : cases.entrySet()) {
      String id = "deep-" + n++;
      String attribute = entry.getKey().split("[.\\[]")[0];
      Raw.put(client, containers.tableName(),
          Map.of("id", AttributeValue.fromS(id), attribute, entry.getValue()));

      ItemDecodeException e = assertThrows(ItemDecodeException.class, () -> containers.get(id));

      assertNames(e, containers.tableName(), id, entry.getKey());
    }
  }

  @Test
  void instantThatCannotBeParsedNamesItsAttribute() {
    RenamedRepository renamed = new RenamedRepository(Databases.fresh(client));
    renamed.createTable();
    Raw.put(client, renamed.tableName(), Map.of("pk", AttributeValue.fromS("bad-7"),
        "created_at", AttributeValue.fromS("2024-02-30T00:00:00Z")));

    ItemDecodeException e = assertThrows(ItemDecodeException.class, () -> renamed.get("bad-7"));

    assertNames(e, renamed.tableName(), "bad-7", "created_at");
    assertTrue(e.getMessage().contains("DateTimeParseException"), e.getMessage());
  }

  @Test
  void batchReadsNameThePrefixedTable() {
    ScalarsRepository scalars = scalarsWithBadCount("bad-8");
    List<String> ids = List.of("good", "bad-8");

    assertNames(assertThrows(ItemDecodeException.class, () -> scalars.batchGet(ids)),
        scalars.tableName(), "bad-8", "count");
    assertNames(assertThrows(ItemDecodeException.class,
            () -> scalars.db().batchGet().add(scalars, ids).execute()),
        scalars.tableName(), "bad-8", "count");
  }

  @Test
  void readsInABatchContextNameThePrefixedTable() {
    ScalarsRepository scalars = scalarsWithBadCount("bad-9");

    BatchContext.run(() -> {
      assertNames(failure(() -> scalars.get("bad-9")), scalars.tableName(), "bad-9", "count");
      assertNames(failure(() -> scalars.getAsync("bad-9").join()), scalars.tableName(), "bad-9",
          "count");
      assertNames(failure(() -> scalars.batchGet(List.of("good", "bad-9"))), scalars.tableName(),
          "bad-9", "count");
    });
  }

  @Test
  void queriesNameThePrefixedTable() {
    NoteRepository notes = new NoteRepository(Databases.fresh(client));
    notes.createTable();
    notes.save(new Note("me", "a/1", "fine"));
    Raw.put(client, notes.tableName(), Map.of("owner", AttributeValue.fromS("me"),
        "path", AttributeValue.fromS("a/2"), "body", AttributeValue.fromN("2")));

    ItemDecodeException e =
        assertThrows(ItemDecodeException.class, () -> notes.query("me").toList());

    assertNames(e, notes.tableName(), "a/2", "body");
  }

  private ScalarsRepository scalarsWithBadCount(String id) {
    ScalarsRepository scalars = new ScalarsRepository(Databases.fresh(client));
    scalars.createTable();
    scalars.save(Scalars.onlyKey("good"));
    Raw.put(client, scalars.tableName(), Map.of("id", AttributeValue.fromS(id),
        "count", AttributeValue.fromS("seven")));
    return scalars;
  }

  @Test
  void noExceptionInTheChainCarriesTheStoredValue() {
    ScalarsRepository scalars = new ScalarsRepository(Databases.fresh(client));
    scalars.createTable();
    // Each is valid for DynamoDB and rejected by the JDK parser, which echoes it.
    Map<String, String> badText = Map.of("count", "98765432109", "big", "1.23456789",
        "uuid", "not-a-uuid-4711");
    int n = 0;
    for (Map.Entry<String, String> bad : badText.entrySet()) {
      String id = "leak-" + n++;
      AttributeValue stored = bad.getKey().equals("uuid") ? AttributeValue.fromS(bad.getValue())
          : AttributeValue.fromN(bad.getValue());
      Raw.put(client, scalars.tableName(), Map.of("id", AttributeValue.fromS(id),
          bad.getKey(), stored));

      ItemDecodeException e = assertThrows(ItemDecodeException.class, () -> scalars.get(id));

      for (Throwable t = e; t != null; t = t.getCause()) {
        assertFalse(String.valueOf(t.getMessage()).contains(bad.getValue()), t.toString());
      }
    }
  }

  /** A failed read in a batch context, or a joined getAsync, comes in a CompletionException. */
  private static ItemDecodeException failure(Executable read) {
    Throwable thrown = assertThrows(Throwable.class, read);
    return assertInstanceOf(ItemDecodeException.class,
        thrown instanceof CompletionException ? thrown.getCause() : thrown);
  }
}
