package bad;

import dev.dynabind.Convert;
import dev.dynabind.Key;
import dev.dynabind.Table;

@Table("no_runtime")
public record NoRuntime(@Key String id, @Convert(NoRuntime.Plain.class) StringBuilder text) {
  public static class Plain {}
}
