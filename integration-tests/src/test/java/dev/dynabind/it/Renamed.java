package dev.dynabind.it;

import dev.dynabind.Attribute;
import dev.dynabind.Key;
import dev.dynabind.Table;
import java.time.Instant;

/** Components stored under other attribute names, the key and a nested component included. */
@Table("renamed")
public record Renamed(
    @Key @Attribute("pk") String id,
    @Attribute("created_at") Instant createdAt,
    @Attribute("home") Place place) {

  /** A nested record with a renamed component. */
  public record Place(@Attribute("zip_code") String zip, String city) {}
}
