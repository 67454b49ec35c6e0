package bad;

import dev.dynabind.Index;
import dev.dynabind.Key;
import dev.dynabind.LocalIndex;
import dev.dynabind.Table;
import java.time.ZonedDateTime;
import java.util.Optional;

public class IndexErrors {
  @Table("bad_type")
  record BadType(@Key String id, @Index("byFlag") boolean flag) {}

  @Table("two_partitions")
  record TwoPartitions(@Key String id, @Index("byA") String a, @Index("byA") String b) {}

  @Table("sort_only")
  record SortOnly(@Key String id, @Index(value = "bySort", sort = true) String sortOnly) {}

  @Table("local_no_sort")
  record LocalNoSort(@Key String id, @LocalIndex("byWhen") String when) {}

  @Table("bad_name")
  record BadName(@Key String id, @Index("x") String shortName, @Index("by-dash") String dash) {}

  @Table("both_kinds")
  record BothKinds(@Key String id, @Key(sort = true) String sk, @Index("byBoth") String g,
      @LocalIndex("byBoth") String l) {}

  @Table("unordered")
  record Unordered(@Key String id, @Index("byZone") String zone,
      @Index(value = "byZone", sort = true) ZonedDateTime at) {}

  @Table("optional_key")
  record OptionalKey(@Key String id, @Index("byMaybe") Optional<String> maybe) {}

  record NoTable(@Key String id, @Index("byOrphan") String orphan) {}
}
