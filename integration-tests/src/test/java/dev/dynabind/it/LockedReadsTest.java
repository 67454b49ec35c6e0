package dev.dynabind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dynabind.runtime.Dynabind;
import dev.dynabind.runtime.Page;
import dev.dynabind.runtime.PageRequest;
import dev.dynabind.runtime.ScanOptions;
import dev.dynabind.testing.DynamoDbExtension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Lock items never show in scans, queries, counts, pages or index queries of a locked table. */
@ExtendWith(DynamoDbExtension.class)
class LockedReadsTest {
  private final DynamoDbClient client;
  private CrateRepository crates;

  LockedReadsTest(DynamoDbClient client) {
    this.client = client;
  }

  @BeforeEach
  void lockEveryItem() {
    Dynabind db = Databases.fresh(client);
    crates = new CrateRepository(db);
    crates.createTable();
    for (int i = 0; i < 30; i++) {
      Crate crate = new Crate("o-" + (i % 3), "n" + i, i);
      crates.save(crate);
      crates.lock(new CrateKey(crate.owner(), crate.name()));
    }
  }

  @Test
  void theTableHoldsLockItemsThatNoReadReturns() {
    int raw = client.scan(b -> b.tableName(crates.tableName())).count();
    assertEquals(60, raw, "30 items and their 30 lock items are stored");
    assertEquals(30, crates.scan().count());
    assertEquals(30, crates.scan(ScanOptions.defaults().segments(4)).count());
    assertEquals(30, crates.count());
    assertEquals(10, crates.query("o-1").count());
    assertEquals(10, crates.byName().count("n1") + crates.byName().count("n4")
        + crates.byName().count("n7") + crates.byName().count("n10")
        + crates.byName().count("n13") + crates.byName().count("n16")
        + crates.byName().count("n19") + crates.byName().count("n22")
        + crates.byName().count("n25") + crates.byName().count("n28"));
    assertEquals(0, crates.byName().count("n1#lock"), "lock items are in the index, never read");
    assertEquals(0, crates.byName().query("n1#lock").count());
  }

  @Test
  void pagesOfALockedTableAreFullOfItems() {
    List<String> names = new ArrayList<>();
    Page<Crate> page = crates.scanPage(PageRequest.first(4));
    while (true) {
      names.addAll(page.items().stream().map(Crate::name).toList());
      if (!page.hasMore()) {
        break;
      }
      assertEquals(4, page.items().size());
      page = crates.scanPage(PageRequest.after(page.cursor(), 4));
    }
    assertEquals(30, names.size());
    assertEquals(30, names.stream().distinct().count());
    assertEquals(4, crates.queryPage("o-2", PageRequest.first(4)).items().size());
  }
}
