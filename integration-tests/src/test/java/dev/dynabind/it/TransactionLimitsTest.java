package dev.dynabind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynabind.runtime.Dynabind;
import dev.dynabind.runtime.TransactGet;
import dev.dynabind.runtime.Transaction;
import dev.dynabind.runtime.expression.Condition;
import dev.dynabind.runtime.expression.Update;
import dev.dynabind.testing.DynamoDbExtension;
import dev.dynabind.testing.RequestCounter;
import dev.dynabind.testing.TestClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Every transaction limit is refused before anything is sent, naming the action and key. */
@ExtendWith(DynamoDbExtension.class)
class TransactionLimitsTest {
  private final RequestCounter counter = new RequestCounter();
  private DynamoDbClient client;
  private Dynabind db;
  private WalletRepository wallets;
  private CounterRepository counters;

  @BeforeEach
  void setUp() {
    client = TestClients.client(counter);
    db = Databases.fresh(client);
    wallets = new WalletRepository(db);
    counters = new CounterRepository(db);
    wallets.createTable();
    counters.createTable();
    counter.reset();
  }

  @AfterEach
  void close() {
    client.close();
  }

  private IllegalArgumentException refused(Executable executable) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, executable);
    assertEquals(0, counter.total(), "nothing was sent: " + counter.snapshot());
    return e;
  }

  @Test
  void aHundredAndFirstActionIsRefused() {
    Transaction t = db.transaction();
    for (int i = 0; i < 100; i++) {
      t.update(counters, (long) i, Update.of(CounterAttributes.value.add(1)));
    }
    IllegalArgumentException e = refused(() -> t.delete(wallets, "x"));
    assertTrue(e.getMessage().startsWith("action 100 (delete of {id=S:x} in table '"
        + wallets.tableName() + "')"), e.getMessage());
    assertEquals(100, t.size());
  }

  @Test
  void moreThanFourMegabytesAreRefused() {
    Transaction t = db.transaction();
    String big = "x".repeat(390 * 1024);
    for (int i = 0; i < 10; i++) {
      t.put(wallets, new Wallet("w" + i, i, big));
    }
    IllegalArgumentException e = refused(() -> t.put(wallets, new Wallet("w10", 10, big)));
    assertTrue(e.getMessage().contains("action 10 (put of {id=S:w10}"), e.getMessage());
    assertTrue(e.getMessage().contains("one transaction allows"), e.getMessage());
    assertTrue(!e.getMessage().contains("xxx"), "no item contents in the message");
  }

  @Test
  void theSameItemTwiceIsRefused() {
    Transaction t = db.transaction().put(wallets, new Wallet("a", 1, null))
        .update(counters, 1L, Update.of(CounterAttributes.value.add(1)));
    IllegalArgumentException e = refused(
        () -> t.check(wallets, "a", WalletAttributes.balance.ge(0L)));
    assertTrue(e.getMessage().contains("action 2 (check of {id=S:a}"), e.getMessage());
    assertTrue(e.getMessage().contains("first by action 0"), e.getMessage());
  }

  @Test
  void invalidKeysAndArgumentsAreRefusedNamingTheAction() {
    Transaction t = db.transaction().put(wallets, new Wallet("a", 1, null));
    IllegalArgumentException e = refused(() -> t.delete(wallets, ""));
    assertTrue(e.getMessage().startsWith("action 1 (delete in table '" + wallets.tableName()),
        e.getMessage());
    refused(() -> t.update(wallets, null, Update.of(WalletAttributes.balance.add(1L))));
    refused(() -> t.put(wallets, new Wallet(null, 1, null), Condition.ifAbsent()));
    refused(() -> t.idempotencyToken("x".repeat(37)));
    refused(() -> db.transaction().commit());
    assertEquals(1, t.size());
  }

  @Test
  void aTransactionalReadOfMoreThanAHundredKeysOrOneKeyTwiceIsRefused() {
    TransactGet read = db.transactGet();
    for (int i = 0; i < 100; i++) {
      read.get(counters, (long) i);
    }
    IllegalArgumentException e = refused(() -> read.get(wallets, "a"));
    assertTrue(e.getMessage().contains("read 100"), e.getMessage());
    IllegalArgumentException twice = refused(() -> db.transactGet().get(counters, 1L)
        .get(counters, 1L));
    assertTrue(twice.getMessage().contains("already read by read 0"), twice.getMessage());
  }
}
