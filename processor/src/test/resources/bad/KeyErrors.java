package bad;

import dev.dynabind.Key;
import dev.dynabind.Table;

public class KeyErrors {
  @Table("no_key")
  record NoKey(String id) {}

  @Table("sort_only")
  record SortOnly(@Key(sort = true) String sk) {}

  @Table("two_partitions")
  record TwoPartitions(@Key String first, @Key String second) {}

  @Table("two_sorts")
  record TwoSorts(@Key String pk, @Key(sort = true) String s1, @Key(sort = true) String s2) {}

  record NotATable(@Key String orphan) {}
}
