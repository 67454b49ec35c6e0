package dev.dynabind.it.demo;

import static dev.dynabind.it.demo.DemoOutput.check;

import dev.dynabind.runtime.Dynabind;
import dev.dynabind.testing.RequestCounter;
import java.math.BigDecimal;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** A null or empty key is rejected with a message naming it, before any request is sent. */
final class BadKeyDemo implements DemoPart {

  @Override
  public String title() {
    return "Bad keys: rejected before anything is sent";
  }

  @Override
  public void run(Dynabind db, DemoOutput out) {
    RequestCounter counter = new RequestCounter();
    try (DynamoDbClient counted = DemoDatabase.client(DemoDatabase.server(), counter)) {
      Dynabind countedDb = Dynabind.builder().client(counted)
          .tableNamePrefix(db.tableNamePrefix()).requireBatchContext(false).build();
      UserRepository users = new UserRepository(countedDb);
      OrderRepository orders = new OrderRepository(countedDb);
      expectRejected(out, "users.get(\"\")", () -> users.get(""));
      expectRejected(out, "orders.save(order with customerId null)",
          () -> orders.save(new Order(null, 1L, BigDecimal.ONE, null, List.of())));
      expectRejected(out, "orders.delete(OrderKey(\"\", 7))",
          () -> orders.delete(new OrderKey("", 7L)));
      out.line("requests sent for these calls: %d", counter.total());
      check(counter.total() == 0, "no request is sent for a bad key");
    }
  }

  private static void expectRejected(DemoOutput out, String call, Runnable action) {
    try {
      action.run();
    } catch (IllegalArgumentException expected) {
      out.line("%s -> IllegalArgumentException: %s", call, expected.getMessage());
      return;
    }
    check(false, call + " is rejected");
  }
}
