package dev.dynabind.it;

import dev.dynabind.Attribute;
import dev.dynabind.Key;
import dev.dynabind.Table;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A target for every update action and condition operator: a counter, a boxed number, string and
 * number sets, lists of strings and records, a map and a nested record. Most attribute names are
 * DynamoDB reserved words (name, count, total, status, comment, values, size).
 */
@Table("players")
public record Player(
    @Key String name,
    int count,
    Long total,
    Color status,
    String comment,
    Set<String> tags,
    Set<Long> levels,
    List<String> log,
    Map<String, Integer> values,
    Home home,
    List<Home> homes) {

  /** A nested record; {@code rooms} is stored as the reserved word {@code size}. */
  public record Home(String city, @Attribute("size") int rooms) {}

  static Player of(String name, int count) {
    return new Player(name, count, null, null, null, null, null, null, null, null, null);
  }
}
