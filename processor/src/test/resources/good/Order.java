package shop;

import dev.dynabind.Key;
import dev.dynabind.Table;
import java.math.BigDecimal;
import java.util.List;

@Table("orders")
public record Order(
    @Key String customerId, @Key(sort = true) long orderNo, BigDecimal total, List<Line> lines) {

  public record Line(String sku, int quantity) {}
}
