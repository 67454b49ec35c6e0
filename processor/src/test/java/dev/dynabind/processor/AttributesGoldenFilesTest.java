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
import org.junit.jupiter.api.Test;

/**
 * The generated attribute references of the good records, compared with
 * {@code src/test/resources/expected/}, as {@link GoldenFilesTest} does for codecs. Run with
 * {@code DYNABIND_REGENERATE_GOLDEN=true} to rewrite them after a deliberate change.
 */
class AttributesGoldenFilesTest {
  private static final List<String> GENERATED =
      List.of("UserAttributes", "OrderAttributes", "AccountAttributes", "SessionAttributes");
  private static final boolean REGENERATE =
      "true".equals(System.getenv("DYNABIND_REGENERATE_GOLDEN"));

  @Test
  void generatedAttributeReferencesMatchTheGoldenFiles() throws IOException {
    Compilation compilation =
        Compilations.compile("good/User.java", "good/Order.java", "good/Account.java",
            "good/Session.java");
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
  void generatedAttributeReferencesImportNoRuntimeInternals() {
    Compilation compilation = Compilations.compile("good/Everything.java", "good/Money.java",
        "good/MoneyConverter.java", "good/Blob.java", "good/Order.java", "good/User.java");
    assertThat(compilation).succeededWithoutWarnings();
    compilation.generatedSourceFiles().stream()
        .filter(f -> f.getName().endsWith("Attributes.java"))
        .forEach(f -> {
          try {
            assertThat(f.getCharContent(false).toString())
                .doesNotContain("dev.dynabind.runtime.internal");
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
  }

  private static String expected(String name) throws IOException {
    try (InputStream in =
        AttributesGoldenFilesTest.class.getResourceAsStream("/expected/" + name + ".java")) {
      if (in == null) {
        throw new AssertionError("no golden file expected/" + name
            + ".java; run with DYNABIND_REGENERATE_GOLDEN=true");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
