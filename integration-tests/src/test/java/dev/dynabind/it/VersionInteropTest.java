package dev.dynabind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dynabind.runtime.Dynabind;
import dev.dynabind.runtime.VersionConflictException;
import dev.dynabind.testing.DynamoDbExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * {@code @Version} in the Enhanced Client's VersionedRecordExtension format: each library updates
 * what the other wrote and refuses what the other made stale; concurrent writers of one version
 * have exactly one winner.
 */
@ExtendWith(DynamoDbExtension.class)
class VersionInteropTest {
  private static final int THREADS = 8;
  private static final int ROUNDS = 50;

  private final DynamoDbClient client;
  private LedgerRepository ledgers;
  private DynamoDbTable<LedgerBean> beans;

  VersionInteropTest(DynamoDbClient client) {
    this.client = client;
  }

  @BeforeEach
  void setUp() {
    Dynabind db = Databases.fresh(client);
    ledgers = new LedgerRepository(db);
    ledgers.createTable();
    // The Enhanced Client loads VersionedRecordExtension by default.
    beans = DynamoDbEnhancedClient.builder().dynamoDbClient(client).build()
        .table(ledgers.tableName(), TableSchema.fromBean(LedgerBean.class));
  }

  private static LedgerBean bean(String id, long balance, Long version) {
    LedgerBean bean = new LedgerBean();
    bean.setId(id);
    bean.setBalance(balance);
    bean.setVersion(version);
    return bean;
  }

  @Test
  void eachLibraryUpdatesWhatTheOtherWrote() {
    beans.putItem(bean("a", 10, null));
    Ledger read = ledgers.get("a").orElseThrow();
    assertEquals(new Ledger("a", 10, 1L), read);

    Ledger saved = ledgers.save(new Ledger("a", 20, read.version()));
    assertEquals(2L, saved.version());

    LedgerBean fromEnhanced = beans.getItem(Key.builder().partitionValue("a").build());
    assertEquals(2L, fromEnhanced.getVersion());
    fromEnhanced.setBalance(30);
    beans.putItem(fromEnhanced);

    assertEquals(new Ledger("a", 30, 3L), ledgers.get("a").orElseThrow());

    Ledger created = ledgers.save(new Ledger("b", 5, null));
    LedgerBean createdBean = beans.getItem(Key.builder().partitionValue("b").build());
    assertEquals(1L, createdBean.getVersion());
    assertEquals(5L, createdBean.getBalance());
    assertEquals(1L, created.version());
  }

  @Test
  void eachLibraryRefusesWhatTheOtherMadeStale() {
    Ledger first = ledgers.save(new Ledger("c", 1, null));
    LedgerBean stale = beans.getItem(Key.builder().partitionValue("c").build());
    ledgers.save(new Ledger("c", 2, first.version()));
    stale.setBalance(99);
    assertThrows(ConditionalCheckFailedException.class, () -> beans.putItem(stale));

    LedgerBean current = beans.getItem(Key.builder().partitionValue("c").build());
    current.setBalance(3);
    beans.putItem(current);
    VersionConflictException e = assertThrows(VersionConflictException.class,
        () -> ledgers.save(new Ledger("c", 98, 2L)));
    assertEquals(OptionalLong.of(2), e.expectedVersion());
    assertEquals(OptionalLong.of(3), e.storedVersion());
    assertEquals(new Ledger("c", 3, 3L), ledgers.get("c").orElseThrow());
  }

  @Test
  void ofWritersSavingOneVersionExactlyOneWinsEachRound() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      Ledger current = ledgers.save(new Ledger("race", 0, null));
      for (int round = 0; round < ROUNDS; round++) {
        Ledger read = current;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Ledger>> attempts = new ArrayList<>();
        for (int writer = 0; writer < THREADS; writer++) {
          long balance = round * 100L + writer;
          attempts.add(pool.submit(() -> {
            start.await();
            try {
              return ledgers.save(new Ledger("race", balance, read.version()));
            } catch (VersionConflictException lost) {
              assertEquals(OptionalLong.of(read.version()), lost.expectedVersion());
              return null;
            }
          }));
        }
        start.countDown();
        Ledger winner = null;
        int wins = 0;
        for (Future<Ledger> attempt : attempts) {
          Ledger result = attempt.get();
          if (result != null) {
            wins++;
            winner = result;
          }
        }
        assertEquals(1, wins, "round " + round);
        assertEquals(read.version() + 1, winner.version());
        assertEquals(winner, ledgers.get("race").orElseThrow());
        current = winner;
      }
      assertEquals(ROUNDS + 1L, current.version());
    } finally {
      pool.shutdown();
    }
  }
}
