package bad;

import dev.dynabind.Key;
import dev.dynabind.Table;

@Table("things")
public class TableTargets {
  @Table("interfaces")
  interface AnInterface {}

  @Table("enums")
  enum AnEnum { A }

  @Table("generics")
  record Generic<T>(@Key String id, String value) {}
}
