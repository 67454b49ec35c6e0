package bad;

import dev.dynabind.Convert;
import dev.dynabind.Key;
import dev.dynabind.Table;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

public class KeyTypes {
  @Table("bool_keys")
  record BoolKey(@Key boolean active) {}

  @Table("list_keys")
  record ListKey(@Key List<String> names) {}

  @Table("map_keys")
  record MapKey(@Key Map<String, String> attributes) {}

  @Table("set_keys")
  record SetKey(@Key String pk, @Key(sort = true) Set<String> labels) {}

  @Table("record_keys")
  record RecordKey(@Key Inner inner) {}

  @Table("optional_keys")
  record OptionalKey(@Key Optional<String> maybe) {}

  @Table("converted_keys")
  record ConvertedKey(@Key @Convert(TextConverter.class) StringBuilder text) {}

  record Inner(String value) {}
}
