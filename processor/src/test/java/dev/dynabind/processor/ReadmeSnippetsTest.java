package dev.dynabind.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import dev.dynabind.processor.ReadmeBlocks.Block;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every ```java block of README.md compiles as written, so a user can copy it.
 *
 * <p>The convention, for whoever edits the README:
 * <ul>
 *   <li>A block that starts with {@code package} is a whole compilation unit of package
 *       {@code shop} and needs no marker. One marked {@code @Generated} by the processor is
 *       processor output: it is compiled without the processor, with the README's records, to
 *       show it compiles as shown (ReadmeExampleTest checks it is the golden file). Any other
 *       unit is a user's source: it is compiled with the processor in every compilation below.
 *   <li>Any other block is a fragment and needs a marker, an HTML comment as the nearest
 *       non-blank line before its fence (invisible on GitHub):
 *       <ul>
 *         <li>{@code <!-- compile: statements -->}: the body of a method that may throw;
 *         <li>{@code <!-- compile: members -->}: methods (or fields) of a class;
 *         <li>{@code <!-- compile: types then statements -->}: top-level declarations up to
 *             the first blank line, added to the README's records, then statements;
 *         <li>{@code <!-- compile: skip, REASON -->}: not compiled, for the stated reason.
 *       </ul>
 *       A fragment is compiled in a class of package {@code shop} that extends
 *       {@code readme/ReadmeFixtures.java}, whose fields are the variables snippets use without
 *       declaring them ({@code db}, {@code users}, {@code orders}, {@code accounts},
 *       {@code key}, ...), with the imports of {@link ReadmeBlocks}; its own {@code import}
 *       lines are honoured. {@code User} and {@code OrderPage}, used but not shown, are in
 *       {@code readme/}.
 *   <li>A comment in a fragment ending in "none of these compiles" lists expressions that must
 *       not compile ("..." for any argument): each is added to the fragment and must fail there.
 * </ul>
 */
class ReadmeSnippetsTest {
  private static final String[] HELPERS = {"readme/User.java", "readme/OrderPage.java"};
  private static final String FIXTURES = "readme/ReadmeFixtures.java";

  @TestFactory
  Stream<DynamicTest> everyJavaBlockCompilesOrIsExcludedWithAReason() throws IOException {
    // Surefire runs in the module folder; the README is the repository's.
    List<Block> blocks = ReadmeBlocks.parse(
        Files.readAllLines(Path.of("..", "README.md"), StandardCharsets.UTF_8));
    assertWithMessage("java blocks in README.md").that(blocks).isNotEmpty();
    List<JavaFileObject> records = records(blocks);
    List<DynamicTest> tests = new ArrayList<>();
    for (Block block : blocks) {
      tests.add(DynamicTest.dynamicTest(block + " (" + describe(block) + ")",
          () -> check(block, records, blocks)));
      for (String expression : ReadmeBlocks.notCompiling(block.code())) {
        tests.add(DynamicTest.dynamicTest(block + " does not compile: " + expression,
            () -> checkRejected(block, expression, records)));
      }
    }
    return tests.stream();
  }

  /** The README's own declarations of records: user units and leading types of fragments. */
  private static List<JavaFileObject> records(List<Block> blocks) {
    List<JavaFileObject> records = new ArrayList<>();
    for (Block block : blocks) {
      if (block.isUnit() && !block.isGenerated()) {
        records.add(ReadmeBlocks.unit(block.code()));
      } else if ("types then statements".equals(block.marker())) {
        records.add(ReadmeBlocks.types(ReadmeBlocks.leadingTypes(block.code())));
      }
    }
    return records;
  }

  private static String describe(Block block) {
    if (block.isGenerated()) {
      return "generated code";
    }
    return block.isUnit() ? "compilation unit" : String.valueOf(block.marker());
  }

  private static void check(Block block, List<JavaFileObject> records, List<Block> blocks) {
    if (block.isGenerated()) {
      List<JavaFileObject> sources = new ArrayList<>(records);
      blocks.stream().filter(Block::isGenerated).map(b -> ReadmeBlocks.unit(b.code()))
          .forEach(sources::add);
      // Without the processor: the README's generated blocks stand in for its output.
      assertSucceeded(block, javac().withOptions("-proc:none").compile(sources));
      return;
    }
    if (block.isUnit()) {
      List<JavaFileObject> sources = new ArrayList<>(records);
      sources.addAll(helpers());
      assertSucceeded(block, Compilations.compile(sources.toArray(JavaFileObject[]::new)));
      return;
    }
    String marker = block.marker();
    if (marker != null && marker.startsWith("skip")) {
      assertWithMessage(block + ": a skipped block states why, <!-- compile: skip, REASON -->")
          .that(marker.replaceFirst("^skip,?", "").strip()).isNotEmpty();
      return;
    }
    assertSucceeded(block, compileFragment(block, members(block, block.code()), records));
  }

  /** The fragment as class members, as its marker says; anything else is a marker mistake. */
  private static String members(Block block, String code) {
    return switch (String.valueOf(block.marker())) {
      case "statements" -> ReadmeBlocks.inMethod(code);
      case "members" -> code;
      case "types then statements" -> ReadmeBlocks.inMethod(ReadmeBlocks.afterLeadingTypes(code));
      case "null" -> throw new AssertionError(block + ": a fragment needs a marker before its "
          + "fence, such as <!-- compile: statements -->, <!-- compile: members --> or "
          + "<!-- compile: skip, REASON -->; see ReadmeSnippetsTest");
      default -> throw new AssertionError(block + ": unknown marker <!-- compile: "
          + block.marker() + " -->; see ReadmeSnippetsTest");
    };
  }

  private static void checkRejected(Block block, String expression, List<JavaFileObject> records) {
    String line = expression + "; // rejected";
    String code = block.code() + line + "\n";
    Compilation compilation = compileFragment(block, members(block, code), records);
    assertWithMessage(block + ": '" + expression + "' is said not to compile")
        .that(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
    // The block alone compiles (its own test), so every error must be the added line's.
    for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
      assertWithMessage(block + ": " + error.getMessage(null))
          .that(lineText(error)).contains(line);
    }
  }

  private static String lineText(Diagnostic<? extends JavaFileObject> error) {
    try {
      String[] lines = error.getSource().getCharContent(true).toString().split("\n", -1);
      return lines[(int) error.getLineNumber() - 1];
    } catch (IOException | RuntimeException e) {
      return "(no line: " + error + ")";
    }
  }

  private static Compilation compileFragment(
      Block block, String members, List<JavaFileObject> records) {
    List<JavaFileObject> sources = new ArrayList<>(records);
    sources.addAll(helpers());
    sources.add(Compilations.source(FIXTURES));
    sources.add(ReadmeBlocks.harness(block, members));
    return Compilations.compile(sources.toArray(JavaFileObject[]::new));
  }

  private static List<JavaFileObject> helpers() {
    return Stream.of(HELPERS).map(Compilations::source).toList();
  }

  private static void assertSucceeded(Block block, Compilation compilation) {
    assertWithMessage(block + " does not compile:\n" + compilation.errors())
        .that(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
  }
}
