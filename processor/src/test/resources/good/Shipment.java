package shop;

import dev.dynabind.Index;
import dev.dynabind.Key;
import dev.dynabind.LocalIndex;
import dev.dynabind.Table;
import java.time.Instant;

@Table("shipments")
public record Shipment(
    @Key String customerId,
    @Key(sort = true) @Index("byShipmentId") String shipmentId,
    @Index("byStatus") Status status,
    @Index(value = "byStatus", sort = true) @LocalIndex("byShippedAt") Instant shippedAt,
    @Index("byCarrier") String carrier) {

  public enum Status { PENDING, SHIPPED }
}
