package dev.dynabind.processor;

import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;

/**
 * The ```java blocks of README.md and the sources ReadmeSnippetsTest compiles them as. See
 * ReadmeSnippetsTest for the convention that says how each block is compiled.
 */
final class ReadmeBlocks {
  /** The package of the README's records; harnesses live there so snippets need no imports. */
  static final String PACKAGE = "shop";

  /** Whatever README snippets use without importing it: the README leaves imports out. */
  private static final String IMPORTS = """
      import dev.dynabind.Index;
      import dev.dynabind.CreatedAt;
      import dev.dynabind.GeneratedId;
      import dev.dynabind.Key;
      import dev.dynabind.LocalIndex;
      import dev.dynabind.LockedBy;
      import dev.dynabind.Table;
      import dev.dynabind.Ttl;
      import dev.dynabind.UpdatedAt;
      import dev.dynabind.Version;
      import dev.dynabind.runtime.BatchContext;
      import dev.dynabind.runtime.BatchWriteOptions;
      import dev.dynabind.runtime.ConditionFailedException;
      import dev.dynabind.runtime.Dynabind;
      import dev.dynabind.runtime.Lock;
      import dev.dynabind.runtime.Page;
      import dev.dynabind.runtime.PageRequest;
      import dev.dynabind.runtime.QueryOptions;
      import dev.dynabind.runtime.ScanOptions;
      import dev.dynabind.runtime.SortKey;
      import dev.dynabind.runtime.Tenancy;
      import dev.dynabind.runtime.Tenant;
      import dev.dynabind.runtime.TenantRequiredException;
      import dev.dynabind.runtime.TransactGetResult;
      import dev.dynabind.runtime.Transaction;
      import dev.dynabind.runtime.TransactionCanceledException;
      import dev.dynabind.runtime.UpdateAllException;
      import dev.dynabind.runtime.VersionConflictException;
      import dev.dynabind.runtime.expression.Condition;
      import dev.dynabind.runtime.expression.Update;
      import java.math.BigDecimal;
      import java.time.Duration;
      import java.time.Instant;
      import java.util.List;
      import java.util.Map;
      import java.util.Optional;
      import java.util.Set;
      import java.util.concurrent.CompletableFuture;
      import java.util.stream.Stream;
      import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
      """;

  private static final Pattern MARKER = Pattern.compile("<!--\\s*compile:\\s*(.*?)\\s*-->");
  private static final Pattern TYPE_NAME =
      Pattern.compile("(?m)^public\\s+(?:final\\s+|abstract\\s+)*(?:class|record|interface|enum)\\s+(\\w+)");
  private static final String NOT_COMPILING = "none of these compiles";

  private ReadmeBlocks() {}

  /** One block: the README line of its opening fence, its marker (or null) and its code. */
  record Block(int line, String marker, String code) {
    boolean isUnit() {
      return code.startsWith("package ");
    }

    /** Processor output shown in the README is marked as such, so it needs no compile marker. */
    boolean isGenerated() {
      return isUnit() && code.contains("@Generated(\"dev.dynabind.processor.DynabindProcessor\")");
    }

    @Override
    public String toString() {
      return "README.md line " + line;
    }
  }

  static List<Block> parse(List<String> lines) {
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).strip().equals("```java")) {
        continue;
      }
      // A fence may be indented (inside a list item); its code is indented as much.
      int indent = lines.get(i).indexOf('`');
      int open = i;
      StringBuilder code = new StringBuilder();
      for (i++; i < lines.size() && !lines.get(i).strip().equals("```"); i++) {
        String line = lines.get(i);
        code.append(line.length() >= indent ? line.substring(indent) : line.strip()).append('\n');
      }
      blocks.add(new Block(open + 1, markerBefore(lines, open), code.toString()));
    }
    return blocks;
  }

  /** The marker is the nearest non-blank line before the fence, if it is a compile comment. */
  private static String markerBefore(List<String> lines, int fence) {
    for (int i = fence - 1; i >= 0; i--) {
      if (!lines.get(i).isBlank()) {
        Matcher m = MARKER.matcher(lines.get(i).strip());
        return m.matches() ? m.group(1) : null;
      }
    }
    return null;
  }

  /** A whole compilation unit, named after its package and public type. */
  static JavaFileObject unit(String code) {
    Matcher m = TYPE_NAME.matcher(code);
    if (!code.startsWith("package " + PACKAGE + ";") || !m.find()) {
      throw new AssertionError("expected a public type in package " + PACKAGE + ":\n" + code);
    }
    return JavaFileObjects.forSourceString(PACKAGE + "." + m.group(1), code);
  }

  /** Top-level declarations shown without package and imports, as a unit of their own. */
  static JavaFileObject types(String code) {
    return unit("package " + PACKAGE + ";\n\n" + IMPORTS + "\n" + code);
  }

  /** The lines before the first blank one: the declarations of a "types then statements" block. */
  static String leadingTypes(String code) {
    int blank = code.indexOf("\n\n");
    return blank < 0 ? code : code.substring(0, blank + 1);
  }

  static String afterLeadingTypes(String code) {
    int blank = code.indexOf("\n\n");
    return blank < 0 ? "" : code.substring(blank + 2);
  }

  /**
   * The harness around a fragment: a class in the records' package that extends ReadmeFixtures
   * (the variables snippets use), with the fragment as its members. Import lines of the fragment
   * move to the top, where Java wants them.
   */
  static JavaFileObject harness(Block block, String members) {
    StringBuilder imports = new StringBuilder(IMPORTS);
    StringBuilder body = new StringBuilder();
    for (String line : members.split("\n", -1)) {
      (line.startsWith("import ") ? imports : body).append(line).append('\n');
    }
    String source = "package " + PACKAGE + ";\n\n" + imports
        + "\n/** " + block + ", compiled by ReadmeSnippetsTest. */\n"
        + "class ReadmeSnippet extends ReadmeFixtures {\n" + body + "}\n";
    return JavaFileObjects.forSourceString(PACKAGE + ".ReadmeSnippet", source);
  }

  /** Statements become the body of a method that may throw anything, as snippets do. */
  static String inMethod(String statements) {
    return "void snippet() throws Exception {\n" + statements + "}\n";
  }

  /**
   * The expressions a snippet lists in a comment ending "none of these compiles": a comment such
   * as {@code // a.b(...), c.d(): none of these compiles} lists {@code a.b(null)} and
   * {@code c.d()} ("..." stands for any argument; null is one).
   */
  static List<String> notCompiling(String code) {
    StringBuilder comment = new StringBuilder();
    List<String> found = new ArrayList<>();
    for (String line : (code + "\n").split("\n", -1)) {
      String s = line.strip();
      if (s.startsWith("//")) {
        comment.append(' ').append(s.substring(2).strip());
        continue;
      }
      String text = comment.toString().strip();
      if (text.endsWith(": " + NOT_COMPILING)) {
        found.addAll(splitTopLevel(text.substring(0, text.lastIndexOf(':'))));
      }
      comment.setLength(0);
    }
    return found.stream().map(e -> e.replace("...", "null")).toList();
  }

  /** Splits at commas outside parentheses and string literals. */
  private static List<String> splitTopLevel(String list) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    boolean quoted = false;
    int start = 0;
    for (int i = 0; i < list.length(); i++) {
      char c = list.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '(' || c == ')')) {
        depth += c == '(' ? 1 : -1;
      } else if (!quoted && depth == 0 && c == ',') {
        parts.add(list.substring(start, i).strip());
        start = i + 1;
      }
    }
    parts.add(list.substring(start).strip());
    return parts;
  }
}
