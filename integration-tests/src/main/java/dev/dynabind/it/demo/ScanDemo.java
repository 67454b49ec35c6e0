package dev.dynabind.it.demo;

import static dev.dynabind.it.demo.DemoOutput.check;
import static dev.dynabind.it.demo.ShipmentAttributes.weight;

import dev.dynabind.runtime.Dynabind;
import dev.dynabind.runtime.Page;
import dev.dynabind.runtime.PageRequest;
import dev.dynabind.runtime.QueryOptions;
import dev.dynabind.runtime.ScanOptions;
import dev.dynabind.runtime.SortKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;

/** Shipments: a filtered scan, a parallel scan, counts, a page walk with cursors, an index. */
final class ScanDemo implements DemoPart {
  private static final int CUSTOMERS = 4;
  private static final int PER_CUSTOMER = 50;
  private static final Instant START = Instant.parse("2024-05-01T00:00:00Z");

  @Override
  public String title() {
    return "Shipments: scans, counts, pages with cursors, a secondary index";
  }

  @Override
  public void run(Dynabind db, DemoOutput out) {
    ShipmentRepository shipments = new ShipmentRepository(db);
    List<Shipment> all = new ArrayList<>();
    for (int c = 1; c <= CUSTOMERS; c++) {
      for (long no = 1; no <= PER_CUSTOMER; no++) {
        all.add(new Shipment("c-" + c, no, no % 2 == 0 ? "north" : "south",
            START.plusSeconds(3600 * no), (int) (no % 10) + 1));
      }
    }
    shipments.batchSave(all);
    out.line("batchSave(%d shipments of %d customers)", all.size(), CUSTOMERS);

    long heavy;
    try (Stream<Shipment> scan = shipments.scan(ScanOptions.filter(weight.ge(9)))) {
      heavy = scan.count();
    }
    long counted = shipments.count(weight.ge(9));
    out.line("scan(filter(weight >= 9)) -> %d shipments; count(weight >= 9) -> %d", heavy,
        counted);
    check(heavy == all.size() / 5 && counted == heavy, "a fifth weigh 9 or 10 kg");

    long parallel;
    try (Stream<Shipment> scan = shipments.scan(ScanOptions.defaults().segments(4))) {
      parallel = scan.map(s -> s.customerId() + "/" + s.no()).distinct().count();
    }
    out.line("scan(segments(4)) -> %d distinct shipments; count() -> %d", parallel,
        shipments.count());
    check(parallel == all.size() && shipments.count() == all.size(),
        "the parallel scan reads each shipment once");

    QueryOptions light = QueryOptions.filter(weight.lt(6));
    List<Integer> sizes = new ArrayList<>();
    HashSet<Long> seen = new HashSet<>();
    Page<Shipment> page = shipments.queryPage("c-2", light, PageRequest.first(10));
    while (true) {
      sizes.add(page.items().size());
      page.items().forEach(s -> seen.add(s.no()));
      if (!page.hasMore()) {
        break;
      }
      out.line("queryPage(\"c-2\", weight < 6, 10 items) -> %d items, a signed cursor of %d"
          + " characters", page.items().size(), page.cursor().length());
      page = shipments.queryPage("c-2", light, PageRequest.after(page.cursor(), 10));
    }
    out.line("pages of c-2's light shipments: sizes %s, %d shipments", sizes, seen.size());
    check(sizes.equals(List.of(10, 10, 5)) && seen.size() == PER_CUSTOMER / 2,
        "full pages of 10, every light shipment once");

    Instant since = START.plusSeconds(3600 * 40);
    List<String> north = shipments.byRoute().query("north", SortKey.ge(since))
        .map(s -> s.customerId() + "/" + s.no()).toList();
    out.line("byRoute().query(\"north\", shippedAt >= %s) -> %d shipments; count(\"north\") -> %d",
        since, north.size(), shipments.byRoute().count("north"));
    check(north.size() == CUSTOMERS * 6 && shipments.byRoute().count("north") == all.size() / 2,
        "shipments 40, 42, ..., 50 of each customer went north since then");
  }
}
