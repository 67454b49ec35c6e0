package dev.dynabind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynabind.runtime.LockedTables.Account;
import dev.dynabind.runtime.LockedTables.AccountKey;
import dev.dynabind.runtime.LockedTables.Counter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class LockItemVisibilityTest {
  private static final LockFixture FIX = new LockFixture();

  @AfterAll
  static void close() {
    FIX.close();
  }

  @Test
  void getOfALockItemKeyIsRejected() {
    FIX.accounts.lock(new AccountKey("gil", "a"));
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> FIX.accounts.get(new AccountKey("gil", "a#lock")));
    assertTrue(error.getMessage().contains("reserved for lock items"), error.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> FIX.accounts.getAsync(new AccountKey("gil", "a#lock")));
    FIX.counters.lock("gil");
    assertThrows(IllegalArgumentException.class, () -> FIX.counters.get("gil#lock"));
  }

  @Test
  void recordsWithALockItemKeyCannotBeSavedLockedOrDeleted() {
    assertThrows(IllegalArgumentException.class,
        () -> FIX.accounts.save(new Account("gil", "b#lock", 1)));
    assertThrows(IllegalArgumentException.class, () -> FIX.counters.save(new Counter("c#lock", 1)));
    assertThrows(IllegalArgumentException.class, () -> FIX.counters.lock("c#lock"));
    assertThrows(IllegalArgumentException.class, () -> FIX.counters.delete("c#lock"));
    assertTrue(FIX.rawCounter("c#lock").isEmpty());
  }

  @Test
  void queriesSkipLockItems() {
    for (String name : List.of("x", "y", "z")) {
      FIX.accounts.updateAtomic(new AccountKey("hal", name), a -> new Account("hal", name, 1));
    }
    assertEquals(6, FIX.client.query(q -> q.tableName(FIX.accounts.tableName())
        .keyConditionExpression("#o = :o")
        .expressionAttributeNames(Map.of("#o", "owner"))
        .expressionAttributeValues(Map.of(":o",
            AttributeValue.fromS("hal")))).count(),
        "three items and three lock items are stored");
    assertEquals(List.of("x", "y", "z"), FIX.accounts.query("hal").map(Account::name).toList());
  }
}
