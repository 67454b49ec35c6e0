package dev.dynabind.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code @EmptyWhenAbsent} turns an absent Set into an empty one when reading, and is an error,
 * aimed at the annotation, on any other component.
 */
class EmptyWhenAbsentTest {
  private static final JavaFileObject MISUSE =
      Compilations.source("bad/EmptyWhenAbsentMisuse.java");

  @Test
  void emptyWhenAbsentOnANonSetComponentIsAnError() {
    Compilation compilation = Compilations.compile(MISUSE);
    assertThat(compilation).hadErrorContaining("[EmptyWhenAbsentType] @EmptyWhenAbsent on"
        + " component 'books', which is java.util.List<java.lang.String>; it applies to Set"
        + " components only").inFile(MISUSE).onLineContaining("List<String> books");
    assertThat(compilation).hadErrorContaining("component 'counts'").inFile(MISUSE)
        .onLineContaining("Map<String, Integer> counts");
    assertThat(compilation).hadErrorContaining("component 'name'").inFile(MISUSE)
        .onLineContaining("String name");
    assertThat(compilation).hadErrorCount(3);
  }

  @Test
  void emptyWhenAbsentSetDecodesThroughTheRuntimesEmptyWhenAbsent() {
    JavaFileObject shelf = JavaFileObjects.forSourceLines("good.Shelf",
        "package good;",
        "import dev.dynabind.EmptyWhenAbsent;",
        "import dev.dynabind.Key;",
        "import dev.dynabind.Table;",
        "import java.util.Set;",
        "@Table(\"shelves\")",
        "public record Shelf(@Key String id, @EmptyWhenAbsent Set<Long> sizes, Set<String> tags) {}");
    Compilation compilation = Compilations.compile(shelf);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("good.ShelfCodec").contentsAsUtf8String()
        .contains("Decoders.emptyWhenAbsent(Decoders.numberSet(item.get(\"sizes\"), \"sizes\","
            + " Long::valueOf))");
    assertThat(compilation).generatedSourceFile("good.ShelfCodec").contentsAsUtf8String()
        .contains("Decoders.stringSet(item.get(\"tags\"), \"tags\")");
  }
}
