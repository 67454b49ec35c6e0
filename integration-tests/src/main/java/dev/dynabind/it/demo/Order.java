package dev.dynabind.it.demo;

import dev.dynabind.Key;
import dev.dynabind.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An order, keyed by customer and order number: the generated {@code OrderKey} record is the key,
 * and {@code OrderRepository.query(customerId, ...)} reads a customer's orders by number.
 *
 * @param customerId the partition key
 * @param orderNo the sort key, numeric
 * @param total the order total
 * @param placedOn the day the order was placed
 * @param lines what was ordered
 */
@Table("orders")
public record Order(
    @Key String customerId,
    @Key(sort = true) long orderNo,
    BigDecimal total,
    LocalDate placedOn,
    List<OrderLine> lines) {}
