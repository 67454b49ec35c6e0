package dev.dynabind.it.demo;

import static dev.dynabind.it.demo.DemoOutput.check;

import dev.dynabind.runtime.Dynabind;
import dev.dynabind.runtime.SortKey;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** Orders: a composite key (customer, order number) and queries of one customer's orders. */
final class OrderDemo implements DemoPart {

  @Override
  public String title() {
    return "Orders: composite key, query by customer and order number";
  }

  @Override
  public void run(Dynabind db, DemoOutput out) {
    OrderRepository orders = new OrderRepository(db);
    for (long orderNo = 1; orderNo <= 5; orderNo++) {
      BigDecimal unitPrice = new BigDecimal("9.99").multiply(BigDecimal.valueOf(orderNo));
      orders.save(new Order("c-1", orderNo, unitPrice.multiply(BigDecimal.valueOf(2)),
          LocalDate.of(2024, 4, (int) orderNo), List.of(new OrderLine("sku-" + orderNo, 2,
          unitPrice))));
    }
    orders.save(new Order("c-2", 1L, new BigDecimal("100"), LocalDate.of(2024, 4, 9), List.of()));
    out.line("saved orders 1..5 of customer c-1 and order 1 of customer c-2");

    Order third = orders.get(new OrderKey("c-1", 3L)).orElseThrow();
    out.line("get(OrderKey(c-1, 3)) -> total %s placed %s, lines %s", third.total(),
        third.placedOn(), third.lines());
    check(third.lines().size() == 1 && third.total().compareTo(new BigDecimal("59.94")) == 0,
        "order 3 reads back as saved");

    List<Long> all = orders.query("c-1").map(Order::orderNo).collect(Collectors.toList());
    out.line("query(\"c-1\") -> orders %s", all);
    check(all.equals(List.of(1L, 2L, 3L, 4L, 5L)), "c-1 has orders 1..5 in order");

    List<Order> middle = orders.query("c-1", SortKey.between(2L, 4L)).collect(Collectors.toList());
    BigDecimal sum = middle.stream().map(Order::total).reduce(BigDecimal.ZERO, BigDecimal::add);
    out.line("query(\"c-1\", between(2, 4)) -> orders %s, total %s",
        middle.stream().map(Order::orderNo).collect(Collectors.toList()), sum);
    check(middle.size() == 3, "between(2, 4) includes both ends");

    List<Long> recent = orders.query("c-1", SortKey.gt(3L)).map(Order::orderNo)
        .collect(Collectors.toList());
    out.line("query(\"c-1\", gt(3)) -> orders %s; query(\"c-2\") -> %d order", recent,
        orders.query("c-2").count());
    check(recent.equals(List.of(4L, 5L)), "gt(3) finds orders 4 and 5");
  }
}
