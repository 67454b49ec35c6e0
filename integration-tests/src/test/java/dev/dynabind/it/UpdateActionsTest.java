package dev.dynabind.it;

import static dev.dynabind.it.PlayerAttributes.comment;
import static dev.dynabind.it.PlayerAttributes.count;
import static dev.dynabind.it.PlayerAttributes.home;
import static dev.dynabind.it.PlayerAttributes.homes;
import static dev.dynabind.it.PlayerAttributes.levels;
import static dev.dynabind.it.PlayerAttributes.log;
import static dev.dynabind.it.PlayerAttributes.status;
import static dev.dynabind.it.PlayerAttributes.tags;
import static dev.dynabind.it.PlayerAttributes.total;
import static dev.dynabind.it.PlayerAttributes.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynabind.runtime.ConditionFailedException;
import dev.dynabind.runtime.expression.Condition;
import dev.dynabind.runtime.expression.Update;
import dev.dynabind.testing.DynamoDbExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Every update action of the generated references, end to end through {@code update}, each item
 * read back with the plain SDK client. The attribute names are mostly reserved words.
 */
@ExtendWith(DynamoDbExtension.class)
class UpdateActionsTest {
  private final DynamoDbClient client;
  private PlayerRepository players;

  UpdateActionsTest(DynamoDbClient client) {
    this.client = client;
  }

  @BeforeEach
  void createTable() {
    players = new PlayerRepository(Databases.fresh(client));
    players.createTable();
    players.save(new Player("ann", 3, 10L, Color.RED, "hi", Set.of("old", "new"),
        Set.of(1L, 2L), List.of("a", "b"), Map.of("x y.z", 1),
        new Player.Home("Bergen", 2), List.of(new Player.Home("Oslo", 1),
            new Player.Home("Tromsø", 4))));
  }

  private Map<String, AttributeValue> stored(String name) {
    return client.getItem(b -> b.tableName(players.tableName())
        .key(Map.of("name", AttributeValue.fromS(name))).consistentRead(true)).item();
  }

  @Test
  void numberAddAndSetAndRemoveChangeTheStoredNumbers() {
    Player after = players.update("ann", Update.of(count.add(5), total.add(-15L)));
    assertEquals(8, after.count());
    assertEquals(-5L, after.total());
    assertEquals("8", stored("ann").get("count").n());

    players.update("ann", Update.of(count.set(42), total.remove()));
    Map<String, AttributeValue> item = stored("ann");
    assertEquals("42", item.get("count").n());
    assertFalse(item.containsKey("total"));
  }

  @Test
  void addCountsAnAbsentNumberAsZero() {
    players.update("ann", Update.of(total.remove()));
    assertEquals(7L, players.update("ann", Update.of(total.add(7L))).total());
    assertEquals("7", stored("ann").get("total").n());
  }

  @Test
  void nestedPathsListElementsAndMapEntriesAreSetInPlace() {
    Player after = players.update("ann", Update.of(home.city().set("Oslo"),
        homes.get(1).rooms().set(7), log.get(0).set("A"), values.get("x y.z").add(4)));

    Map<String, AttributeValue> item = stored("ann");
    assertEquals("Oslo", item.get("home").m().get("city").s());
    assertEquals("2", item.get("home").m().get("size").n());
    assertEquals("7", item.get("homes").l().get(1).m().get("size").n());
    assertEquals("A", item.get("log").l().get(0).s());
    assertEquals("5", item.get("values").m().get("x y.z").n());
    assertEquals(players.codec().decode(item), after);
  }

  @Test
  void aListElementAndANestedAttributeAreRemoved() {
    players.update("ann", Update.of(homes.get(0).remove(), home.city().remove()));

    Map<String, AttributeValue> item = stored("ann");
    assertEquals(1, item.get("homes").l().size());
    assertEquals("Tromsø", item.get("homes").l().get(0).m().get("city").s());
    assertFalse(item.get("home").m().containsKey("city"));
  }

  @Test
  void stringAndNumberSetsGainAndLoseElements() {
    players.update("ann", Update.of(tags.addAll(Set.of("vip", "new")),
        levels.deleteAll(Set.of(1L, 9L))));
    Map<String, AttributeValue> item = stored("ann");
    assertEquals(Set.of("old", "new", "vip"), Set.copyOf(item.get("tags").ss()));
    assertEquals(Set.of("2"), Set.copyOf(item.get("levels").ns()));

    Player after = players.update("ann", Update.of(tags.deleteAll(Set.of("old")),
        levels.addAll(Set.of(30L))));
    assertEquals(Set.of("new", "vip"), after.tags());
    assertEquals(Set.of(2L, 30L), after.levels());
    assertEquals(Set.of("2", "30"), Set.copyOf(stored("ann").get("levels").ns()));
  }

  @Test
  void deletingTheLastElementsOfASetRemovesTheAttribute() {
    Player after = players.update("ann", Update.of(levels.deleteAll(Set.of(1L, 2L))));
    assertNull(after.levels());
    assertFalse(stored("ann").containsKey("levels"));
  }

  @Test
  void listsAreAppendedAndPrependedAndAnAbsentListCountsAsEmpty() {
    players.update("ann", Update.of(log.append(List.of("c")), homes.remove()));
    players.update("ann", Update.of(log.prepend(List.of("z")),
        homes.append(List.of(new Player.Home("Bodø", 3)))));

    Map<String, AttributeValue> item = stored("ann");
    List<String> texts = new ArrayList<>();
    item.get("log").l().forEach(v -> texts.add(v.s()));
    assertEquals(List.of("z", "a", "b", "c"), texts);
    assertEquals(1, item.get("homes").l().size());
    assertEquals("Bodø", item.get("homes").l().get(0).m().get("city").s());
  }

  @Test
  void setIfAbsentKeepsAStoredValueAndFillsAnAbsentOne() {
    players.update("ann", Update.of(comment.setIfAbsent("ignored"), total.remove()));
    Player after = players.update("ann", Update.of(total.setIfAbsent(99L)));

    assertEquals("hi", stored("ann").get("comment").s());
    assertEquals(99L, after.total());
    assertEquals("99", stored("ann").get("total").n());
  }

  @Test
  void aWholeNestedRecordAndAnEnumAreReplaced() {
    Player after = players.update("ann", Update.of(home.set(new Player.Home("Alta", 5)),
        status.set(Color.BLUE)));

    assertEquals(new Player.Home("Alta", 5), after.home());
    assertEquals("BLUE", stored("ann").get("status").s());
    assertEquals("Alta", stored("ann").get("home").m().get("city").s());
  }

  @Test
  void anUpdateOfAMissingItemCreatesIt() {
    Player created = players.update("bob", Update.of(count.add(1), tags.addAll(Set.of("t"))));

    assertEquals(new Player("bob", 1, null, null, null, Set.of("t"), null, null, null, null,
        null), created);
    assertEquals("1", stored("bob").get("count").n());
  }

  @Test
  void componentsAnUpdateDidNotSetReadAsAbsentInACreatedItem() {
    Player created = players.update("carl", Update.of(comment.set("no count")));

    assertEquals(new Player("carl", 0, null, null, "no count", null, null, null, null, null,
        null), created);
    assertFalse(stored("carl").containsKey("count"));
  }

  @Test
  void ifPresentKeepsAnUpdateFromCreatingAMissingItem() {
    ConditionFailedException e = assertThrows(ConditionFailedException.class,
        () -> players.update("dan", Update.of(count.add(1)), Condition.ifPresent()));

    assertFalse(e.hasItem());
    assertTrue(stored("dan").isEmpty());
  }

  @Test
  void countersAddedFromEightThreadsLandExactly() throws Exception {
    players.save(Player.of("counter", 0));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        done.add(pool.submit(() -> {
          for (int i = 0; i < 100; i++) {
            players.update("counter", Update.of(count.add(1)));
          }
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    assertEquals("800", stored("counter").get("count").n());
  }
}
