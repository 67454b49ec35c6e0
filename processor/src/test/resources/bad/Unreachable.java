package bad;

import dev.dynabind.Key;
import dev.dynabind.Table;

public class Unreachable {
  @Table("hidden")
  private record Hidden(@Key String id) {}

  private static class Vault {
    @Table("vaulted")
    record Vaulted(@Key String id) {}
  }

  @Table("uses_secret")
  record UsesSecret(@Key String id, Secret secret) {}

  private record Secret(String value) {}
}
