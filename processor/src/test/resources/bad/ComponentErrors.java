package bad;

import dev.dynabind.Attribute;
import dev.dynabind.Key;
import dev.dynabind.Table;
import java.io.File;
import java.util.List;
import java.util.Map;
import java.util.Set;

public class ComponentErrors {
  @Table("unsupported")
  record Unsupported(
      @Key String id,
      File file,
      List<Thread> threads,
      Map<Integer, String> byNumber,
      Set<Boolean> flags,
      @SuppressWarnings("rawtypes") List raw,
      Object anything) {}

  @Table("attributes")
  record Attributes(
      @Key String id,
      @Attribute("name") String first,
      @Attribute("name") String second,
      @Attribute("") String blank) {}

  @Table("x")
  record ShortName(@Key String id) {}

  @Table("has space")
  record SpacedName(@Key String id) {}

  @Table("deep")
  record Deep(@Key String id, Outer outer) {}

  record Outer(String name, List<Middle> middles) {}

  record Middle(Map<String, Innermost> byName) {}

  record Innermost(String ok, Runnable notOk) {}
}
