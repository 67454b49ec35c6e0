package dev.dynabind.it.demo;

import static dev.dynabind.it.demo.DemoOutput.check;

import dev.dynabind.runtime.BatchContext;
import dev.dynabind.runtime.BatchEvent;
import dev.dynabind.runtime.Dynabind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

/** Batch work: thousands of orders written and read in the fewest requests, and a context. */
final class BatchDemo implements DemoPart {
  private static final int ORDERS = 5_000;

  @Override
  public String title() {
    return "Batch: " + ORDERS + " orders saved and read back, then a batch context";
  }

  @Override
  public void run(Dynabind db, DemoOutput out) {
    Map<String, Integer> requests = new TreeMap<>();
    Dynabind counted = Dynabind.builder().client(db.client()).tableNamePrefix(db.tableNamePrefix())
        .requireBatchContext(false).concurrency(4)
        .listener(event -> count(requests, event)).build();
    OrderRepository orders = new OrderRepository(counted);

    List<Order> bulk = IntStream.range(0, ORDERS).mapToObj(BatchDemo::order).toList();
    long started = System.nanoTime();
    orders.batchSave(bulk);
    out.line("batchSave(%d orders) -> %s in %d ms", ORDERS, requests, millisSince(started));
    check(requests.getOrDefault("BatchWriteItem", 0) >= ORDERS / 25, "25 writes per request");

    requests.clear();
    List<OrderKey> keys = bulk.stream().map(o -> new OrderKey(o.customerId(), o.orderNo()))
        .toList();
    started = System.nanoTime();
    List<Order> read = orders.batchGet(keys);
    out.line("batchGet(%d keys) -> %d orders, %s in %d ms", keys.size(), read.size(), requests,
        millisSince(started));
    check(read.size() == ORDERS, "every order reads back");

    requests.clear();
    int[] found = {0};
    BatchContext.run(() -> {
      List<CompletableFuture<Optional<Order>>> reads = IntStream.range(0, 250)
          .mapToObj(i -> orders.getAsync(keys.get(i))).toList();
      found[0] = (int) reads.stream().map(CompletableFuture::join).filter(Optional::isPresent)
          .count();
    });
    out.line("250 getAsync calls inside BatchContext.run -> %d found, %s", found[0], requests);
    check(found[0] == 250, "every order found through the context");
  }

  private static Order order(int i) {
    return new Order("bulk-" + (i % 50), i, new BigDecimal(i % 1000).movePointLeft(2),
        LocalDate.of(2026, 1, 1).plusDays(i % 365), List.of());
  }

  private static synchronized void count(Map<String, Integer> requests, BatchEvent event) {
    requests.merge(event.operation(), 1, Integer::sum);
  }

  private static long millisSince(long started) {
    return (System.nanoTime() - started) / 1_000_000;
  }
}
