package bad;

import dev.dynabind.Attribute;
import dev.dynabind.Key;
import dev.dynabind.LockedBy;
import dev.dynabind.Table;

public class LockErrors {
  @Table("numbered")
  @LockedBy
  record NumberedSort(@Key String pk, @Key(sort = true) long version2) {}

  @Table("numbered_partition")
  @LockedBy
  record NumberedPartition(@Key int id) {}

  @Table("bad_ttl")
  @LockedBy(ttl = "one day")
  record BadTtl(@Key String id) {}

  @Table("negative_refresh")
  @LockedBy(refreshWithin = "-PT1H")
  record NegativeRefresh(@Key String id) {}

  @Table("zero_ttl")
  @LockedBy(ttl = "PT0S")
  record ZeroTtl(@Key String id) {}

  @Table("slow_refresh")
  @LockedBy(ttl = "PT1H", refreshWithin = "PT2H")
  record SlowRefresh(@Key String id) {}

  @Table("no_suffix")
  @LockedBy(suffix = "")
  record NoSuffix(@Key String id) {}

  @Table("version_clash")
  @LockedBy(versionAttribute = "rev")
  record VersionClash(@Key String id, @Attribute("rev") long revision) {}

  @Table("ttl_clash")
  @LockedBy(ttlAttribute = "id")
  record TtlClash(@Key String id) {}

  @Table("lock_attributes_clash")
  @LockedBy(versionAttribute = "v", ttlAttribute = "v")
  record LockAttributesClash(@Key String id) {}

  @LockedBy
  record LockedWithoutTable(String id) {}
}
