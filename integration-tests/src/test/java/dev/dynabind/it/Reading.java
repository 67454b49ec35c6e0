package dev.dynabind.it;

import dev.dynabind.Key;
import dev.dynabind.Table;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Number keys and number attributes at every depth, for the limits DynamoDB puts on numbers. */
@Table("readings")
public record Reading(@Key String sensor, @Key(sort = true) BigDecimal value, Double raw,
    Set<BigDecimal> levels, List<BigDecimal> history, Map<String, Double> calibration) {

  static Reading of(String sensor, String value) {
    return new Reading(sensor, new BigDecimal(value), null, null, null, null);
  }
}
