package bad;

import dev.dynabind.Key;
import dev.dynabind.Table;
import java.io.File;

public class Mixed {
  @Table("good_ones")
  public record GoodOne(@Key String id, String name) {}

  @Table("bad_ones")
  public record BadOne(@Key boolean flag, File file) {}

  @Table("ok")
  public record AlsoBad(String noKey) {}
}
