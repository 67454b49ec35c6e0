package dev.dynabind.it;

import dev.dynabind.Index;
import dev.dynabind.Key;
import dev.dynabind.Table;
import java.time.Instant;

/** Time-typed keys: the table's sort key and a global index's sort key are both Instants. */
@Table("deliveries")
public record Delivery(@Key String customerId, @Key(sort = true) Instant placedAt,
    @Index("byRoute") String route, @Index(value = "byRoute", sort = true) Instant shippedAt,
    Instant seenAt) {}
