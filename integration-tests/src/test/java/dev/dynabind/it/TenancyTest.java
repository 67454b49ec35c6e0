package dev.dynabind.it;

import static dev.dynabind.it.ParcelAttributes.parity;
import static dev.dynabind.it.ParcelAttributes.weight;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynabind.runtime.BatchContext;
import dev.dynabind.runtime.ConditionFailedException;
import dev.dynabind.runtime.Dynabind;
import dev.dynabind.runtime.Page;
import dev.dynabind.runtime.PageRequest;
import dev.dynabind.runtime.ScanOptions;
import dev.dynabind.runtime.SortKey;
import dev.dynabind.runtime.Tenancy;
import dev.dynabind.runtime.Tenant;
import dev.dynabind.runtime.TenantRequiredException;
import dev.dynabind.runtime.expression.Condition;
import dev.dynabind.runtime.expression.Update;
import dev.dynabind.testing.DynamoDbExtension;
import dev.dynabind.testing.TestClients;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * Key-prefix tenancy: tenants "a" and "b" write the same keys into the same tables, and every
 * operation of one of them tries to see, change or count the other's items and must not. Tests
 * that write use tenants of their own, so the counts of "a" and "b" stay fixed.
 */
@ExtendWith(DynamoDbExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenancyTest {
  private static final int PER_TENANT = 60;
  private final DynamoDbClient client;
  private Dynabind db;
  private ParcelRepository parcels;
  private VaultRepository vaults;
  private ParcelRepository unscoped;

  TenancyTest(DynamoDbClient client) {
    this.client = client;
  }

  @BeforeAll
  void load() {
    String prefix = TestClients.uniquePrefix();
    db = Dynabind.builder().client(client).tableNamePrefix(prefix).requireBatchContext(false)
        .tenancy(Tenancy.keyPrefix()).build();
    parcels = new ParcelRepository(db);
    vaults = new VaultRepository(db);
    parcels.createTable(); // tables are not scoped: no tenant needed
    vaults.createTable();
    unscoped = new ParcelRepository(Dynabind.builder().client(client).tableNamePrefix(prefix)
        .requireBatchContext(false).tenancy(Tenancy.keyPrefix().allowUnscoped()).build());
    for (String tenant : List.of("a", "b")) {
      Tenant.run(tenant, () -> parcels.batchSave(parcelsOf(tenant)));
    }
  }

  /** The same keys for both tenants; the status tells whose item it is. */
  private static List<Parcel> parcelsOf(String tenant) {
    List<Parcel> out = new ArrayList<>();
    for (long no = 0; no < PER_TENANT; no++) {
      out.add(new Parcel("c-" + no % 3, no, tenant + "-S" + no % 2, no * 7 % 50, (int) (no % 2),
          null));
    }
    return out;
  }

  private static Set<String> owners(Stream<Parcel> items) {
    return items.map(p -> p.status().substring(0, 1)).collect(Collectors.toSet());
  }

  private Map<String, AttributeValue> stored(String customerId, long no) {
    return client.getItem(r -> r.tableName(parcels.tableName()).key(Map.of(
        "customerId", AttributeValue.fromS(customerId), "no", AttributeValue.fromN("" + no))))
        .item();
  }

  @Test
  void eachTenantStoresItsOwnItemUnderAPrefixedKeyAndReadsItUnprefixed() {
    assertEquals("a-S1", stored("a#c-1", 1).get("status").s());
    assertEquals("b-S1", stored("b#c-1", 1).get("status").s());
    assertTrue(stored("c-1", 1).isEmpty(), "nothing is stored without a tenant prefix");
    ParcelKey key = new ParcelKey("c-1", 1);
    Parcel a = Tenant.call("a", () -> parcels.get(key)).orElseThrow();
    assertEquals("c-1", a.customerId());
    assertEquals("a-S1", a.status());
    assertEquals("b-S1", Tenant.call("b", () -> parcels.get(key)).orElseThrow().status());
    assertTrue(Tenant.call("c", () -> parcels.get(key)).isEmpty());
    assertEquals("a-S1",
        Tenant.call("a", () -> parcels.getAsync(key)).join().orElseThrow().status());
  }

  @Test
  void writesOfOneTenantNeverTouchTheOther() {
    ParcelKey key = new ParcelKey("w-1", 1);
    Tenant.run("w1", () -> parcels.save(new Parcel("w-1", 1, "a", 1, 0, null)));
    // "w2" has no such item: a create-only write succeeds there, and fails in "w1".
    Tenant.run("w2", () -> parcels.save(new Parcel("w-1", 1, "b", 2, 0, null),
        Condition.ifAbsent()));
    assertThrows(ConditionFailedException.class, () -> Tenant.run("w1",
        () -> parcels.save(new Parcel("w-1", 1, "a", 3, 0, null), Condition.ifAbsent())));
    Parcel updated = Tenant.call("w2", () -> parcels.update(key, Update.of(weight.add(10L))));
    assertEquals(12, updated.weight());
    assertEquals("w-1", updated.customerId());
    Tenant.run("w2", () -> parcels.updateAll(List.of(key), Update.of(weight.add(1L))));
    Tenant.run("w2", () -> parcels.delete(key));
    assertEquals(1, Tenant.call("w1", () -> parcels.get(key)).orElseThrow().weight());
    assertTrue(Tenant.call("w2", () -> parcels.get(key)).isEmpty());
    Tenant.run("w2", () -> parcels.batchDelete(List.of(key)));
    assertTrue(Tenant.call("w1", () -> parcels.get(key)).isPresent());
    // A streamed write is validated and sent on other threads: they act for the caller's tenant.
    Tenant.run("w2", () -> parcels.batchSave(Stream.iterate(0L, n -> n + 1).limit(300)
        .map(n -> new Parcel("s-1", n, "b", n, 0, null))));
    assertEquals(300, Tenant.call("w2", () -> parcels.query("s-1").count()));
    assertEquals(0, Tenant.call("w1", () -> parcels.query("s-1").count()));
    assertFalse(stored("w2#s-1", 299).isEmpty());
  }

  @Test
  void batchReadsAndTheContextCacheAreScoped() {
    List<ParcelKey> keys = List.of(new ParcelKey("c-0", 0), new ParcelKey("c-1", 1));
    assertEquals(Set.of("a"), owners(Tenant.call("a", () -> parcels.batchGet(keys)).stream()));
    assertEquals(Set.of("b"),
        owners(Tenant.call("b", () -> parcels.batchGet(keys.stream()).toList()).stream()));
    assertEquals(Set.of("b"), owners(Tenant.call("b",
        () -> db.batchGet().add(parcels, keys).execute().itemsOf(parcels)).stream()));
    Tenant.run("w3", () -> db.batchWrite().save(parcels, new Parcel("c-0", 0, "w", 1, 0, null))
        .execute());
    assertEquals("a-S0", Tenant.call("a", () -> parcels.get(keys.get(0))).orElseThrow().status());
    assertEquals("w", Tenant.call("w3", () -> parcels.get(keys.get(0))).orElseThrow().status());
    BatchContext.run(() -> {
      Parcel a = Tenant.call("a", () -> parcels.get(keys.get(0))).orElseThrow();
      Parcel b = Tenant.call("b", () -> parcels.get(keys.get(0))).orElseThrow();
      assertEquals("a-S0", a.status());
      assertEquals("b-S0", b.status(), "one context caches each tenant's item apart");
      assertTrue(Tenant.call("c", () -> parcels.get(keys.get(0))).isEmpty());
    });
  }

  @Test
  void queriesScansCountsAndPagesSeeOnlyTheTenantsItems() {
    for (String tenant : List.of("a", "b")) {
      Tenant.run(tenant, () -> {
        assertEquals(Set.of(tenant), owners(parcels.query("c-1")));
        assertEquals(PER_TENANT / 3, parcels.query("c-1").count());
        assertEquals(Set.of(tenant), owners(parcels.byWeight().query("c-2", SortKey.ge(0L))));
        assertEquals(Set.of(tenant), owners(parcels.scan()));
        assertEquals(PER_TENANT, parcels.scan(ScanOptions.defaults().segments(4)).count());
        assertEquals(PER_TENANT, parcels.count());
        assertEquals(PER_TENANT / 2, parcels.count(parity.eq(1)));
        long inSegments = 0;
        for (int s = 0; s < 3; s++) {
          inSegments += parcels.scanSegment(s, 3).count();
        }
        assertEquals(PER_TENANT, inSegments);
        Page<Parcel> first = parcels.scanPage(PageRequest.first(25));
        Page<Parcel> second = parcels.scanPage(PageRequest.after(first.cursor(), 50));
        assertEquals(25, first.items().size());
        assertEquals(PER_TENANT - 25, second.items().size());
        assertEquals(Set.of(tenant), owners(second.items().stream()));
      });
    }
  }

  @Test
  void aGlobalIndexQueryOfAnotherTenantsIndexKeyFindsNothing() {
    // The global index's own key is not prefixed: "b" asks for "a"'s status values.
    assertEquals(0, Tenant.call("b", () -> parcels.byStatus().query("a-S1").count()));
    assertEquals(PER_TENANT / 2, Tenant.call("a", () -> parcels.byStatus().count("a-S1")));
    assertEquals(Set.of("a"), owners(Tenant.call("a",
        () -> parcels.byStatus().query("a-S0", SortKey.le(49L)).toList()).stream()));
  }

  @Test
  void transactionsAndTransactGetAreScoped() {
    ParcelKey key = new ParcelKey("t-1", 1);
    Tenant.run("t1", () -> db.transaction().put(parcels, new Parcel("t-1", 1, "a", 5, 0, null))
        .commit());
    Tenant.run("t2", () -> db.transaction().put(parcels, new Parcel("t-1", 1, "b", 6, 0, null))
        // "a" and "b" hold c-0, "t2" does not
        .check(parcels, new ParcelKey("c-0", 0), Condition.ifAbsent()).commit());
    Tenant.run("t2", () -> db.transaction().update(parcels, key, Update.of(weight.add(1L)))
        .commit());
    assertEquals(5, Tenant.call("t1",
        () -> db.transactGet().get(parcels, key).execute().get(parcels, key)).orElseThrow()
        .weight());
    assertEquals(7, Tenant.call("t2", () -> parcels.get(key)).orElseThrow().weight());
    Tenant.run("t1", () -> db.transaction().delete(parcels, key).commit());
    assertTrue(Tenant.call("t2", () -> parcels.get(key)).isPresent());
  }

  @Test
  void locksAreTheTenantsOwn() {
    Tenant.run("a", () -> vaults.save(new Vault("ann", 100)));
    Tenant.run("b", () -> vaults.save(new Vault("ann", 5)));
    Tenant.run("a", () -> vaults.updateAtomic("ann", v -> new Vault(v.owner(), v.balance() + 1)));
    Tenant.run("b", () -> vaults.updateAtomic("ann", v -> new Vault(v.owner(), v.balance() - 1)));
    assertEquals(101, Tenant.call("a", () -> vaults.get("ann")).orElseThrow().balance());
    assertEquals(4, Tenant.call("b", () -> vaults.get("ann")).orElseThrow().balance());
    List<String> lockKeys = client.scan(ScanRequest.builder().tableName(vaults.tableName()).build())
        .items().stream().map(item -> item.get("owner").s()).filter(k -> !k.endsWith("ann"))
        .sorted().toList();
    assertEquals(2, lockKeys.size(), "one lock item per tenant: " + lockKeys);
    assertTrue(lockKeys.get(0).startsWith("a#ann") && lockKeys.get(1).startsWith("b#ann"),
        lockKeys.toString());
  }

  @Test
  void aStrictTenancyRefusesEveryItemOperationOutsideATenant() {
    ParcelKey key = new ParcelKey("c-0", 0);
    assertThrows(TenantRequiredException.class, () -> parcels.get(key));
    assertThrows(TenantRequiredException.class,
        () -> parcels.save(new Parcel("x", 1, "x", 1, 0, null)));
    assertThrows(TenantRequiredException.class, () -> parcels.batchGet(List.of(key)));
    assertThrows(TenantRequiredException.class, () -> parcels.scan());
    assertThrows(TenantRequiredException.class, () -> parcels.count());
    assertThrows(TenantRequiredException.class, () -> parcels.query("c-0"));
    assertThrows(TenantRequiredException.class, () -> parcels.byStatus().query("a-S0"));
    assertThrows(TenantRequiredException.class, () -> vaults.lock("ann"));
    assertThrows(TenantRequiredException.class,
        () -> db.transaction().delete(parcels, key));
    TenantRequiredException e =
        assertThrows(TenantRequiredException.class, () -> parcels.delete(key));
    assertTrue(e.getMessage().contains("table '" + parcels.tableName() + "'"), e.getMessage());
    assertTrue(stored("x", 1).isEmpty(), "nothing was written");
  }

  @Test
  void aLenientTenancyActsOnTheTableAsStoredOutsideATenant() {
    assertEquals(2L * PER_TENANT, unscoped.scan().filter(p -> p.customerId().startsWith("a#")
        || p.customerId().startsWith("b#")).count());
    assertTrue(unscoped.get(new ParcelKey("a#c-2", 2)).isPresent());
    assertEquals("a-S0", Tenant.call("a", () -> unscoped.get(new ParcelKey("c-0", 0)))
        .orElseThrow().status());
  }

  @Test
  void aTableWithoutAStringPartitionKeyIsRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new CounterRepository(db));
    assertTrue(e.getMessage().contains("partition key 'id' of type N"), e.getMessage());
  }

  @Test
  void tenantsNestAndFollowWorkHandedToOtherThreads() throws Exception {
    Tenant.run("a", () -> {
      Tenant.run("b", () -> assertEquals("b", Tenant.current().orElseThrow()));
      assertEquals("a", Tenant.current().orElseThrow());
    });
    assertTrue(Tenant.current().isEmpty());
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      CompletableFuture<String> seen = new CompletableFuture<>();
      Tenant.run("b", () -> Tenant.wrap(pool).execute(
          () -> seen.complete(Tenant.current().orElse("none"))));
      assertEquals("b", seen.get());
      assertEquals("none", CompletableFuture.supplyAsync(() -> Tenant.current().orElse("none"),
          pool).get(), "the pool thread is left as it was");
    } finally {
      pool.shutdown();
    }
    for (String bad : new String[] {"", "a#b", "x".repeat(129)}) {
      assertThrows(IllegalArgumentException.class, () -> Tenant.run(bad, () -> {}), bad);
    }
    assertThrows(IllegalArgumentException.class, () -> Tenant.run(null, () -> {}));
    assertFalse(Tenant.current().isPresent());
  }
}
