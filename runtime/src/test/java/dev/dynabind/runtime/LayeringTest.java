package dev.dynabind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The runtime's layers, read from its sources: the SPI and the internals never refer to the
 * public repositories (they get a table descriptor instead), and the SPI does not reach into the
 * internals' mutable machinery beyond the codec helpers.
 */
class LayeringTest {
  private static final Path MAIN = Path.of("src", "main", "java", "dev", "dynabind", "runtime");
  private static final Pattern REPOSITORY =
      Pattern.compile("\\b(Repository|LockedRepository)\\b(?!\\.)");

  @Test
  void internalsAndTheSpiNeverReferToTheRepositories() throws IOException {
    List<String> offenders = sources(MAIN.resolve("internal"), MAIN.resolve("spi"))
        .filter(file -> REPOSITORY.matcher(code(file)).find())
        .map(Path::toString).toList();
    assertEquals(List.of(), offenders);
  }

  @Test
  void theSpiUsesNoInternalsButTheCodecHelpers() throws IOException {
    List<String> offenders = sources(MAIN.resolve("spi"))
        .filter(file -> code(file).lines().anyMatch(line -> line.startsWith("import dev.dynabind")
            && line.contains(".internal.") && !line.contains(".internal.codec.")))
        .map(Path::toString).toList();
    assertEquals(List.of(), offenders);
  }

  private static Stream<Path> sources(Path... roots) throws IOException {
    Stream<Path> all = Stream.empty();
    for (Path root : roots) {
      all = Stream.concat(all, Files.walk(root).filter(f -> f.toString().endsWith(".java")).toList()
          .stream());
    }
    return all;
  }

  /** The file without comments, so Javadoc prose naming a repository does not count. */
  private static String code(Path file) {
    try {
      return Files.readString(file).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
