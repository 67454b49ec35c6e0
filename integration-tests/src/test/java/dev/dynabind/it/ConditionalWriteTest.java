package dev.dynabind.it;

import static dev.dynabind.it.PlayerAttributes.comment;
import static dev.dynabind.it.PlayerAttributes.count;
import static dev.dynabind.it.PlayerAttributes.home;
import static dev.dynabind.it.PlayerAttributes.homes;
import static dev.dynabind.it.PlayerAttributes.levels;
import static dev.dynabind.it.PlayerAttributes.log;
import static dev.dynabind.it.PlayerAttributes.name;
import static dev.dynabind.it.PlayerAttributes.status;
import static dev.dynabind.it.PlayerAttributes.tags;
import static dev.dynabind.it.PlayerAttributes.total;
import static dev.dynabind.it.PlayerAttributes.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynabind.runtime.ConditionFailedException;
import dev.dynabind.runtime.expression.Condition;
import dev.dynabind.runtime.expression.StoredType;
import dev.dynabind.runtime.expression.Update;
import dev.dynabind.testing.DynamoDbExtension;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Conditional save, delete and update end to end: every condition operator holds where it should
 * and fails where it should, a failed condition changes nothing and carries the item as it was,
 * and nothing of the item reaches a message or the cause chain.
 */
@ExtendWith(DynamoDbExtension.class)
class ConditionalWriteTest {
  private static final Player ANN = new Player("ann", 3, 10L, Color.RED, "hello",
      Set.of("vip"), Set.of(7L), List.of("a", "b"), Map.of("k", 2),
      new Player.Home("Bergen", 2), List.of(new Player.Home("Oslo", 1)));

  private final DynamoDbClient client;
  private PlayerRepository players;

  ConditionalWriteTest(DynamoDbClient client) {
    this.client = client;
  }

  @BeforeEach
  void createTable() {
    players = new PlayerRepository(Databases.fresh(client));
    players.createTable();
    players.save(ANN);
  }

  private Map<String, AttributeValue> stored(String key) {
    return client.getItem(b -> b.tableName(players.tableName())
        .key(Map.of("name", AttributeValue.fromS(key))).consistentRead(true)).item();
  }

  /** Conditions on ANN, each with whether it holds. */
  private static Map<Condition, Boolean> operators() {
    Map<Condition, Boolean> cases = new LinkedHashMap<>();
    cases.put(count.eq(3), true);
    cases.put(count.eq(4), false);
    cases.put(count.ne(4), true);
    cases.put(count.lt(3), false);
    cases.put(count.le(3), true);
    cases.put(count.gt(2), true);
    cases.put(count.ge(4), false);
    cases.put(count.between(1, 3), true);
    cases.put(total.between(11L, 20L), false);
    cases.put(status.in(Color.RED, Color.BLUE), true);
    cases.put(status.in(List.of(Color.GREEN)), false);
    cases.put(status.eq(Color.RED), true);
    cases.put(comment.beginsWith("he"), true);
    cases.put(comment.contains("xyz"), false);
    cases.put(comment.size().eq(5), true);
    cases.put(name.beginsWith("an"), true);
    cases.put(tags.contains("vip"), true);
    cases.put(levels.contains(8L), false);
    cases.put(levels.size().ge(1), true);
    cases.put(log.size().between(3, 9), false);
    cases.put(log.get(1).eq("b"), true);
    cases.put(values.get("k").gt(1), true);
    cases.put(values.size().eq(2), false);
    cases.put(home.city().eq("Bergen"), true);
    cases.put(home.rooms().lt(2), false);
    cases.put(homes.get(0).city().eq("Oslo"), true);
    cases.put(comment.exists(), true);
    cases.put(comment.notExists(), false);
    cases.put(total.isType(StoredType.N), true);
    cases.put(status.isType(StoredType.N), false);
    cases.put(count.eq(3).and(status.eq(Color.BLUE)), false);
    cases.put(count.eq(9).or(status.eq(Color.RED)), true);
    cases.put(count.eq(9).not(), true);
    cases.put(Condition.ifPresent(), true);
    cases.put(Condition.ifAbsent(), false);
    return cases;
  }

  @Test
  void everyOperatorHoldsOrFailsOnTheStoredItem() {
    operators().forEach((condition, holds) -> {
      Map<String, AttributeValue> before = stored("ann");
      try {
        players.update("ann", Update.of(comment.set("hello")), condition);
        assertTrue(holds, "held but should not: " + condition);
      } catch (ConditionFailedException e) {
        assertFalse(holds, "failed but should hold: " + condition);
      }
      assertEquals(before, stored("ann"), condition.toString());
    });
  }

  @Test
  void ifAbsentCreatesOnceAndTheFailureCarriesTheItemAsItWas() {
    Player other = Player.of("ann", 99);
    ConditionFailedException e = assertThrows(ConditionFailedException.class,
        () -> players.save(other, Condition.ifAbsent()));

    assertEquals(Optional.of(ANN), e.item(players));
    assertThrows(IllegalArgumentException.class, () -> e.item(null));
    assertEquals(players.codec().encode(ANN), stored("ann"));
    assertEquals(players.tableName(), e.tableName());
    players.save(Player.of("new", 1), Condition.ifAbsent());
    assertEquals("1", stored("new").get("count").n());
  }

  @Test
  void aFailedConditionalUpdateChangesNothingAndCarriesTheItemAsItWas() {
    ConditionFailedException e = assertThrows(ConditionFailedException.class,
        () -> players.update("ann", Update.of(count.add(1), tags.addAll(Set.of("x"))),
            status.eq(Color.GREEN)));

    assertEquals(Optional.of(ANN), e.item(players));
    assertEquals(players.codec().encode(ANN), stored("ann"));
    Player after = players.update("ann", Update.of(count.add(1)), status.eq(Color.RED));
    assertEquals(4, after.count());
  }

  @Test
  void aConditionalDeleteDeletesOnlyWhenItsConditionHolds() {
    ConditionFailedException e = assertThrows(ConditionFailedException.class,
        () -> players.delete("ann", count.gt(5)));
    assertEquals(Optional.of(ANN), e.item(players));
    assertFalse(stored("ann").isEmpty());

    players.delete("ann", count.le(5));
    assertTrue(stored("ann").isEmpty());
  }

  @Test
  void neitherTheMessageNorTheCauseChainCarriesStoredValues() {
    ConditionFailedException e = assertThrows(ConditionFailedException.class,
        () -> players.save(ANN, Condition.ifAbsent()));

    assertTrue(e.getMessage().contains("{name=S:ann}"), e.getMessage());
    assertTrue(e.getMessage().contains(players.tableName()), e.getMessage());
    for (Throwable t = e; t != null; t = t.getCause()) {
      assertFalse(String.valueOf(t.getMessage()).contains("hello"), t.toString());
      if (t instanceof ConditionalCheckFailedException sdk) {
        assertFalse(sdk.hasItem(), "the SDK exception in the chain carries the item");
      }
    }
    assertInstanceOf(ConditionalCheckFailedException.class, e.getCause());
  }

  @Test
  void theItemAsItWasIsReadOnlyThroughARepositoryOfItsTable() {
    ConditionFailedException e = assertThrows(ConditionFailedException.class,
        () -> players.save(ANN, Condition.ifAbsent()));
    PlayerRepository elsewhere = new PlayerRepository(Databases.fresh(client));

    IllegalArgumentException wrong =
        assertThrows(IllegalArgumentException.class, () -> e.item(elsewhere));
    assertTrue(wrong.getMessage().contains(players.tableName()), wrong.getMessage());
  }

  @Test
  void nullArgumentsAreRefusedBeforeAnythingIsSent() {
    assertThrows(IllegalArgumentException.class, () -> players.save(ANN, null));
    assertThrows(IllegalArgumentException.class, () -> players.delete("ann", null));
    assertThrows(IllegalArgumentException.class, () -> players.update("ann", null));
    assertThrows(IllegalArgumentException.class,
        () -> players.update("ann", Update.of(count.add(1)), null));
    assertThrows(IllegalArgumentException.class,
        () -> players.update("", Update.of(count.add(1))));
    assertEquals(players.codec().encode(ANN), stored("ann"));
  }
}
