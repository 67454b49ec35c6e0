package dev.dynabind.it;

import static dev.dynabind.it.PlayerAttributes.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynabind.runtime.BatchContext;
import dev.dynabind.runtime.BatchContextRequiredException;
import dev.dynabind.runtime.ConditionFailedException;
import dev.dynabind.runtime.Dynabind;
import dev.dynabind.runtime.DynabindException;
import dev.dynabind.runtime.Lock;
import dev.dynabind.runtime.RaceConditionException;
import dev.dynabind.runtime.expression.Condition;
import dev.dynabind.runtime.expression.Update;
import dev.dynabind.testing.DynamoDbExtension;
import dev.dynabind.testing.LocalDynamoDb;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Conditional writes and updates in a batch context and in strict mode, and on a
 * {@code @LockedBy} table.
 */
@ExtendWith(DynamoDbExtension.class)
class ConditionalWriteContextTest {
  private final LocalDynamoDb dynamo;
  private Dynabind db;
  private PlayerRepository players;

  ConditionalWriteContextTest(LocalDynamoDb dynamo) {
    this.dynamo = dynamo;
  }

  @BeforeEach
  void createTables() {
    db = Databases.fresh(dynamo.client());
    players = new PlayerRepository(db);
    players.createTable();
    players.save(Player.of("ann", 1));
  }

  @Test
  void anUpdateInAContextCachesTheReturnedItemAndAFailedOneForgetsTheKey() {
    BatchContext.run(() -> {
      Player after = players.update("ann", Update.of(count.add(1)));
      dynamo.requests().reset();
      assertSame(after, players.get("ann").orElseThrow());
      assertEquals(0, dynamo.requests().total());

      assertThrows(ConditionFailedException.class,
          () -> players.update("ann", Update.of(count.add(1)), count.gt(5)));
      dynamo.requests().reset();
      assertEquals(2, players.get("ann").orElseThrow().count());
      assertEquals(1, dynamo.requests().count("BatchGetItem"));
    });
  }

  @Test
  void updateAllInAContextCachesEveryReturnedItem() {
    players.save(Player.of("bob", 5));
    BatchContext.run(() -> {
      players.updateAll(List.of("ann", "bob"), Update.of(count.add(10)));
      dynamo.requests().reset();
      assertEquals(11, players.get("ann").orElseThrow().count());
      assertEquals(15, players.get("bob").orElseThrow().count());
      assertEquals(0, dynamo.requests().total());
    });
  }

  @Test
  void aConditionalSaveInAContextCachesTheItem() {
    BatchContext.run(() -> {
      Player carl = Player.of("carl", 3);
      players.save(carl, Condition.ifAbsent());
      dynamo.requests().reset();
      assertSame(carl, players.get("carl").orElseThrow());
      assertEquals(0, dynamo.requests().total());
    });
  }

  @Test
  void strictModeRefusesConditionalWritesAndUpdatesOutsideAContext() {
    PlayerRepository strict = new PlayerRepository(Dynabind.builder().client(dynamo.client())
        .tableNamePrefix(db.tableNamePrefix()).requireBatchContext(true).build());
    dynamo.requests().reset();

    assertThrows(BatchContextRequiredException.class,
        () -> strict.update("ann", Update.of(count.add(1))));
    assertThrows(BatchContextRequiredException.class,
        () -> strict.updateAll(List.of("ann"), Update.of(count.add(1))));
    assertThrows(BatchContextRequiredException.class,
        () -> strict.save(Player.of("ann", 2), Condition.ifAbsent()));
    assertThrows(BatchContextRequiredException.class,
        () -> strict.delete("ann", Condition.ifPresent()));
    assertEquals(0, dynamo.requests().total());
  }

  @Test
  void aConditionalSaveOnALockedTableAdvancesTheLockInTheSameTransaction() {
    VaultRepository vaults = vaultWithAnnHolding10();
    Lock<String> before = vaults.lock("ann");

    vaults.save(new Vault("ann", 20), VaultAttributes.balance.eq(10L));

    assertEquals(Optional.of(new Vault("ann", 20)), vaults.get("ann"));
    assertEquals(before.version() + 1, vaults.lock("ann").version());
    assertThrows(RaceConditionException.class,
        () -> vaults.setAtomic(new Vault("ann", 30), before));
  }

  @Test
  void aTransactionUpdateOnALockedTableIsAllowedAndAdvancesTheLock() {
    VaultRepository vaults = vaultWithAnnHolding10();
    Lock<String> before = vaults.lock("ann");

    db.transaction()
        .update(vaults, "ann", Update.of(VaultAttributes.balance.add(5L)),
            VaultAttributes.balance.eq(10L))
        .commit();

    assertEquals(Optional.of(new Vault("ann", 15)), vaults.get("ann"));
    assertEquals(before.version() + 1, vaults.lock("ann").version());
    assertThrows(RaceConditionException.class,
        () -> vaults.setAtomic(new Vault("ann", 30), before));
  }

  @Test
  void aFailedConditionOnALockedTableChangesNeitherItemNorLock() {
    VaultRepository vaults = vaultWithAnnHolding10();
    Lock<String> before = vaults.lock("ann");

    ConditionFailedException saved = assertThrows(ConditionFailedException.class,
        () -> vaults.save(new Vault("ann", 20), Condition.ifAbsent()));
    ConditionFailedException deleted = assertThrows(ConditionFailedException.class,
        () -> vaults.delete("ann", VaultAttributes.balance.gt(50L)));

    assertEquals(Optional.of(new Vault("ann", 10)), saved.item(vaults));
    assertEquals(Optional.of(new Vault("ann", 10)), deleted.item(vaults));
    assertTrue(saved.getMessage().contains("{owner=S:ann}"), saved.getMessage());
    assertEquals(before.version(), vaults.lock("ann").version());
    vaults.delete("ann", VaultAttributes.balance.le(50L));
    assertEquals(Optional.empty(), vaults.get("ann"));
  }

  private VaultRepository vaultWithAnnHolding10() {
    VaultRepository vaults = new VaultRepository(db);
    vaults.createTable();
    vaults.save(new Vault("ann", 10));
    return vaults;
  }

  @Test
  void updatesOnALockedTableAreRefusedBeforeAnythingIsSent() {
    VaultRepository vaults = new VaultRepository(db);
    vaults.createTable();
    dynamo.requests().reset();

    DynabindException e = assertThrows(DynabindException.class,
        () -> vaults.update("ann", Update.of(VaultAttributes.balance.add(1L))));
    assertThrows(DynabindException.class,
        () -> vaults.updateAll(List.of("ann"), Update.of(VaultAttributes.balance.add(1L))));

    assertTrue(e.getMessage().contains("updateAtomic"), e.getMessage());
    assertTrue(e.getMessage().contains(vaults.tableName()), e.getMessage());
    assertEquals(0, dynamo.requests().total());
  }
}
