package bad;

import dev.dynabind.Key;
import dev.dynabind.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

public class SortKeyTimes {
  @Table("offset_sorted")
  record OffsetSorted(@Key String pk, @Key(sort = true) OffsetDateTime offsetAt) {}

  @Table("zoned_sorted")
  record ZonedSorted(@Key String pk, @Key(sort = true) ZonedDateTime zonedAt) {}

  @Table("duration_sorted")
  record DurationSorted(@Key String pk, @Key(sort = true) Duration took) {}

  @Table("period_sorted")
  record PeriodSorted(@Key String pk, @Key(sort = true) Period span) {}

  @Table("zone_sorted")
  record ZoneSorted(@Key String pk, @Key(sort = true) ZoneId zone) {}

  @Table("offset_only_sorted")
  record OffsetOnlySorted(@Key String pk, @Key(sort = true) ZoneOffset offset) {}

  // Partition keys are matched by exact text, never ordered: these are fine.
  @Table("zoned_partition")
  record ZonedPartition(@Key ZonedDateTime zonedPk, @Key(sort = true) Instant at) {}

  @Table("month_day_sorted")
  record MonthDaySorted(@Key Duration durationPk, @Key(sort = true) MonthDay day) {}
}
