package dev.dynabind.it.demo;

import dev.dynabind.Index;
import dev.dynabind.Key;
import dev.dynabind.Table;
import java.time.Instant;

/**
 * A shipment of a customer, with a global secondary index {@code byRoute} (route, then shipping
 * time), so shipments of one route are found without a scan.
 *
 * @param customerId the partition key
 * @param no the sort key: the customer's shipment number
 * @param route the index partition key
 * @param shippedAt the index sort key, stored in sortable key text
 * @param weight kilograms
 */
@Table("shipments")
public record Shipment(
    @Key String customerId,
    @Key(sort = true) long no,
    @Index("byRoute") String route,
    @Index(value = "byRoute", sort = true) Instant shippedAt,
    int weight) {}
