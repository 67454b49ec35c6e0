package dev.dynabind.it;

import dev.dynabind.Attribute;
import dev.dynabind.Key;
import dev.dynabind.Table;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Attribute names that are DynamoDB reserved words (name, year, status, count, values, size,
 * comment), for expressions written by the expression writer.
 */
@Table("members")
public record Member(
    @Key String name,
    @Key(sort = true) long year,
    Color status,
    int count,
    Set<String> tags,
    List<String> comment,
    Map<String, Integer> values,
    Home home,
    Instant expiresAt) {

  /** A nested record with a reserved-word attribute. */
  public record Home(String city, @Attribute("size") int rooms) {}
}
