package bad;

import static shop.OrderAttributes.*;

import dev.dynabind.runtime.expression.Condition;
import dev.dynabind.runtime.expression.Update;
import java.math.BigDecimal;
import java.util.List;
import shop.Order;
import shop.OrderKey;
import shop.OrderRepository;

/** Every statement misuses a repository's conditional writes or updates, each on its own line. */
class RepositoryUpdateMisuse {
  void misuse(OrderRepository orders, OrderKey key, Order order) {
    orders.update(key, Update.of(orderNo.set(2L)));
    orders.update(key, Update.of(customerId.set("c-2")));
    orders.update("c-1", Update.of(total.add(BigDecimal.ONE)));
    orders.update(key, total.ge(BigDecimal.ONE));
    orders.save(order, Update.of(total.add(BigDecimal.ONE)));
    orders.delete(key, total.add(BigDecimal.ONE));
    orders.update(key, Update.of(total.add(1)), Condition.ifPresent());
    orders.updateAll(List.of("c-1"), Update.of(total.add(BigDecimal.ONE)));
    Order after = orders.update(key, Update.of(total.add(BigDecimal.ONE)), total.set(null));
  }
}
