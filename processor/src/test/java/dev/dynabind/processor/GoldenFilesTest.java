package dev.dynabind.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The generated sources of the good records, compared with {@code src/test/resources/expected/}.
 * Run with {@code DYNABIND_REGENERATE_GOLDEN=true} to rewrite the golden files after a deliberate
 * change, and review the diff.
 */
class GoldenFilesTest {
  private static final List<String> GENERATED = List.of("UserCodec", "UserRepository",
      "OrderCodec", "OrderRepository", "OrderKey", "AccountCodec", "AccountRepository",
      "AccountKey", "ShipmentCodec", "ShipmentRepository", "SessionCodec", "SessionRepository");
  private static final boolean REGENERATE =
      "true".equals(System.getenv("DYNABIND_REGENERATE_GOLDEN"));

  private static Compilation compileGood() {
    return Compilations.compile("good/User.java", "good/Order.java", "good/Account.java",
        "good/Shipment.java", "good/Session.java");
  }

  @Test
  void generatedSourcesMatchTheGoldenFiles() throws IOException {
    Compilation compilation = compileGood();
    assertThat(compilation).succeededWithoutWarnings();
    for (String name : GENERATED) {
      String actual = compilation.generatedSourceFile("shop." + name).orElseThrow()
          .getCharContent(false).toString();
      if (REGENERATE) {
        Files.writeString(Path.of("src/test/resources/expected", name + ".java"), actual);
        continue;
      }
      assertThat(actual).isEqualTo(expected(name));
    }
  }

  @Test
  void sameInputGivesTheSameBytes() throws IOException {
    Map<String, String> first = generated(compileGood());
    Map<String, String> second = generated(compileGood());
    assertThat(first).isNotEmpty();
    assertThat(second).isEqualTo(first);
  }

  @Test
  void onlyARecordWithASortKeyGetsAKeyRecord() {
    Compilation compilation = compileGood();
    assertThat(compilation.generatedSourceFile("shop.UserKey").isPresent()).isFalse();
    assertThat(compilation).generatedSourceFile("shop.OrderKey");
  }

  private static Map<String, String> generated(Compilation compilation) throws IOException {
    Map<String, String> out = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      out.put(file.toUri().toString(), file.getCharContent(false).toString());
    }
    return out;
  }

  private static String expected(String name) throws IOException {
    try (InputStream in = GoldenFilesTest.class.getResourceAsStream("/expected/" + name + ".java")) {
      if (in == null) {
        throw new AssertionError("no golden file expected/" + name
            + ".java; run with DYNABIND_REGENERATE_GOLDEN=true");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
