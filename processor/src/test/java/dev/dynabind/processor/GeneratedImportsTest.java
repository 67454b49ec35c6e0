package dev.dynabind.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Generated code imports only the runtime's API and SPI packages (and the SDK's model), never its
 * internals: the golden files are the generated sources verbatim (GoldenFilesTest keeps them so).
 */
class GeneratedImportsTest {

  @Test
  void generatedSourcesImportOnlyTheApiAndTheSpi() throws IOException {
    Path expected = Path.of("src", "test", "resources", "expected");
    List<Path> files;
    try (Stream<Path> all = Files.list(expected)) {
      files = all.filter(f -> f.toString().endsWith(".java")).toList();
    }
    assertTrue(files.size() >= 5, "found the golden files");
    for (Path file : files) {
      List<String> runtimeImports = Files.readAllLines(file).stream()
          .filter(line -> line.startsWith("import dev.dynabind.runtime."))
          .filter(line -> !line.matches("import dev\\.dynabind\\.runtime\\.(spi\\.|expression\\.)?[A-Z]\\w*;"))
          .toList();
      assertEquals(List.of(), runtimeImports, file.toString());
    }
  }
}
