package dev.dynabind.processor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The README shows the generated {@code Order} sources (key, repository, codec); they must be the golden files verbatim,
 * which {@link GoldenFilesTest} keeps equal to what the processor writes, so the README cannot
 * drift from the processor.
 */
class ReadmeExampleTest {

  @ParameterizedTest
  @ValueSource(strings = {"OrderKey", "OrderRepository", "OrderCodec"})
  void readmeShowsTheGoldenGeneratedSource(String name) throws IOException {
    // Surefire runs in the module folder; the README is the repository's.
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    String golden;
    try (InputStream in = getClass().getResourceAsStream("/expected/" + name + ".java")) {
      golden = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
    assertTrue(readme.contains("```java\n" + golden + "\n```"),
        () -> "README.md does not show expected/" + name + ".java verbatim; copy it from "
            + "processor/src/test/resources/expected/");
  }
}
