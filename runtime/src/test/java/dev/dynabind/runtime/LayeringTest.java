package dev.dynabind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The runtime's layers, read from its sources: the API package holds only public types, the SPI
 * and the internals never refer to the public repositories (they get a table descriptor
 * instead), and the SPI does not reach into the internals' mutable machinery beyond the codec
 * helpers.
 */
class LayeringTest {
  private static final Path MAIN = Path.of("src", "main", "java", "dev", "dynabind", "runtime");
  private static final Pattern REPOSITORY =
      Pattern.compile("\\b(Repository|LockedRepository)\\b(?!\\.)");

  /** A top-level declaration: it starts a line; nested ones are indented. */
  private static final Pattern TOP_LEVEL_TYPE = Pattern.compile(
      "^((?:public|abstract|final|sealed|non-sealed|static)\\s+)*"
          + "(class|interface|record|enum|@interface)\\s+(\\w+)", Pattern.MULTILINE);
  /**
   * Non-public top-level types the API package may still hold, each with why. Empty: machinery
   * lives in {@code internal.*}, and an internal that must make an API object gets the API's
   * constructor reference instead of the API package opening a door.
   */
  private static final Set<String> NON_PUBLIC_API_TYPES_ALLOWED = Set.of();

  @Test
  void theApiPackageHoldsOnlyPublicTopLevelTypes() throws IOException {
    List<String> offenders;
    try (Stream<Path> files = Files.list(MAIN)) {
      offenders = files.filter(f -> f.toString().endsWith(".java"))
          .filter(f -> !f.getFileName().toString().equals("package-info.java"))
          .flatMap(f -> topLevelTypes(code(f)).stream()
              .filter(type -> !type.isPublic())
              .filter(type -> !NON_PUBLIC_API_TYPES_ALLOWED.contains(type.name()))
              .map(type -> f.getFileName() + ": " + type.name()))
          .sorted().toList();
    }
    assertEquals(List.of(), offenders);
  }

  @Test
  void theTopLevelTypeReaderTellsPublicFromPackagePrivate() {
    assertEquals(List.of(new TopLevelType("Api", true), new TopLevelType("Helper", false),
            new TopLevelType("Pending", false)),
        topLevelTypes("public final class Api {\n  static final class Nested {}\n}\n"
            + "final class Helper {}\nrecord Pending(int a) {}\n"));
  }

  private record TopLevelType(String name, boolean isPublic) {}

  private static List<TopLevelType> topLevelTypes(String code) {
    Matcher matcher = TOP_LEVEL_TYPE.matcher(code);
    List<TopLevelType> types = new java.util.ArrayList<>();
    while (matcher.find()) {
      String modifiers = matcher.group(0).substring(0, matcher.start(2) - matcher.start());
      types.add(new TopLevelType(matcher.group(3), modifiers.contains("public")));
    }
    return types;
  }

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
