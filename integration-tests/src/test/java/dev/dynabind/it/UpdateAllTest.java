package dev.dynabind.it;

import static dev.dynabind.it.PlayerAttributes.count;
import static dev.dynabind.it.PlayerAttributes.tags;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynabind.runtime.Dynabind;
import dev.dynabind.runtime.OperationEvent;
import dev.dynabind.runtime.RetryPolicy;
import dev.dynabind.runtime.TableNotFoundException;
import dev.dynabind.runtime.UpdateAllException;
import dev.dynabind.runtime.expression.Update;
import dev.dynabind.testing.DynamoDbExtension;
import dev.dynabind.testing.FaultInjector;
import dev.dynabind.testing.LocalDynamoDb;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * {@code updateAll} against DynamoDB Local with throttling injected: every key is updated, or
 * exactly the keys not updated are reported, each with why.
 */
@ExtendWith(DynamoDbExtension.class)
class UpdateAllTest {
  private static final RetryPolicy QUICK = RetryPolicy.builder().maxAttempts(12)
      .baseDelay(Duration.ofMillis(1)).maxDelay(Duration.ofMillis(5)).build();

  private final LocalDynamoDb dynamo;
  private final FaultInjector faults = FaultInjector.throttledItemWrites(12, 0.3);
  private final ConcurrentLinkedQueue<OperationEvent> events = new ConcurrentLinkedQueue<>();

  UpdateAllTest(LocalDynamoDb dynamo) {
    this.dynamo = dynamo;
  }

  /** A repository on a throttling client, on a fresh table of {@code n} players. */
  private PlayerRepository throttledPlayers(int n) {
    Dynabind plain = Databases.fresh(dynamo.client());
    PlayerRepository setup = new PlayerRepository(plain);
    setup.createTable();
    setup.batchSave(IntStream.range(0, n).mapToObj(i -> Player.of("p" + i, i % 10)).toList());
    return new PlayerRepository(Dynabind.builder().client(dynamo.client(faults))
        .tableNamePrefix(plain.tableNamePrefix()).requireBatchContext(false).retryPolicy(QUICK)
        .concurrency(8).operationListener(events::add).build());
  }

  private static List<String> keys(int n) {
    return IntStream.range(0, n).mapToObj(i -> "p" + i).toList();
  }

  /** Each player's stored count, read with the plain client. */
  private Map<String, Integer> storedCounts(PlayerRepository players) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    ScanResponse page = null;
    do {
      Map<String, AttributeValue> start = page == null ? null : page.lastEvaluatedKey();
      page = dynamo.client().scan(b -> b.tableName(players.tableName()).consistentRead(true)
          .exclusiveStartKey(start == null || start.isEmpty() ? null : start));
      page.items().forEach(item ->
          counts.put(item.get("name").s(), Integer.parseInt(item.get("count").n())));
    } while (page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty());
    return counts;
  }

  @Test
  void updatesAThousandItemsThroughThirtyPercentThrottling() {
    PlayerRepository players = throttledPlayers(1000);

    players.updateAll(keys(1000), Update.of(count.add(100), tags.addAll(Set.of("bulk"))));

    Map<String, Integer> counts = storedCounts(players);
    assertEquals(1000, counts.size());
    for (int i = 0; i < 1000; i++) {
      assertEquals(i % 10 + 100, counts.get("p" + i), "p" + i);
    }
    assertTrue(faults.throttledRequests() > 200, "throttled " + faults.throttledRequests());
    long retried = events.stream().filter(e -> e.operation().equals("UpdateItem")
        && e.outcome() == OperationEvent.Outcome.RETRIED).count();
    assertEquals(faults.throttledRequests(), retried);
  }

  @Test
  void reportsExactlyTheKeysWhoseConditionFailedAndUpdatesAllOthers() {
    PlayerRepository players = throttledPlayers(1000);

    UpdateAllException e = assertThrows(UpdateAllException.class,
        () -> players.updateAll(keys(1000), Update.of(count.add(100)), count.lt(7)));

    Map<String, UpdateAllException.Reason> expected = new LinkedHashMap<>();
    for (int i = 0; i < 1000; i++) {
      if (i % 10 >= 7) {
        expected.put("p" + i, UpdateAllException.Reason.CONDITION_FAILED);
      }
    }
    assertEquals(expected, e.notUpdated(players));
    assertEquals(List.copyOf(expected.keySet()),
        e.keysOf(players, UpdateAllException.Reason.CONDITION_FAILED));
    Map<String, Integer> counts = storedCounts(players);
    for (int i = 0; i < 1000; i++) {
      assertEquals(i % 10 >= 7 ? i % 10 : i % 10 + 100, counts.get("p" + i), "p" + i);
    }
    assertTrue(e.getMessage().startsWith("300 of 1000 updates in table '" + players.tableName()
        + "' were not applied (CONDITION_FAILED: 300)"), e.getMessage());
  }

  @Test
  void anErrorStopsTheCallAndTheKeysNotSentAreReportedAsNotAttempted() {
    Dynabind db = Dynabind.builder().client(dynamo.client()).tableNamePrefix("missing_")
        .requireBatchContext(false).concurrency(2).build();
    PlayerRepository players = new PlayerRepository(db);

    UpdateAllException e = assertThrows(UpdateAllException.class,
        () -> players.updateAll(keys(50), Update.of(count.add(1))));

    Map<String, UpdateAllException.Reason> reasons = e.notUpdated(players);
    assertEquals(keys(50), new ArrayList<>(reasons.keySet()));
    Map<UpdateAllException.Reason, Long> byReason = reasons.values().stream()
        .collect(Collectors.groupingBy(r -> r, Collectors.counting()));
    assertTrue(byReason.get(UpdateAllException.Reason.ERROR) >= 1, byReason.toString());
    assertTrue(byReason.get(UpdateAllException.Reason.NOT_ATTEMPTED) >= 40, byReason.toString());
    assertInstanceOf(TableNotFoundException.class, e.getCause());
  }

  @Test
  void duplicateKeysAreUpdatedOnceAndBadKeysAreRefusedBeforeAnythingIsSent() {
    PlayerRepository players = throttledPlayers(2);
    List<String> withEmpty = new ArrayList<>(List.of("p0", ""));

    IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
        () -> players.updateAll(withEmpty, Update.of(count.add(1))));
    assertTrue(bad.getMessage().contains("#1"), bad.getMessage());
    assertEquals(Map.of("p0", 0, "p1", 1), storedCounts(players));

    players.updateAll(List.of("p0", "p1", "p0"), Update.of(count.add(1)));
    assertEquals(Map.of("p0", 1, "p1", 2), storedCounts(players));
  }
}
