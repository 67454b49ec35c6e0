package dev.dynabind.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every error of a compilation at once; a good record still gets its code. */
class OnePassTest {
  private static final JavaFileObject MIXED = Compilations.source("bad/Mixed.java");

  @Test
  void everyErrorOfACompilationIsReportedInOnePass() {
    Compilation compilation = Compilations.compile(MIXED);
    assertThat(compilation).hadErrorCount(4);
    assertThat(compilation).hadErrorContaining("[KeyType] @Key component 'flag' is boolean")
        .inFile(MIXED).onLineContaining("boolean flag");
    assertThat(compilation).hadErrorContaining("[UnsupportedType] component 'file'")
        .inFile(MIXED).onLineContaining("File file");
    assertThat(compilation).hadErrorContaining("[MissingKey] @Table record AlsoBad")
        .inFile(MIXED).onLineContaining("record AlsoBad");
    assertThat(compilation).hadErrorContaining("[TableName] table name \"ok\"")
        .inFile(MIXED).onLineContaining("@Table(\"ok\")");
  }

  /** compile-testing hides generated files of a failed compilation, so this runs javac itself. */
  @Test
  void nothingIsGeneratedForARecordInErrorButAGoodRecordIsGenerated(@TempDir Path dir)
      throws IOException {
    Path sources = Files.createDirectories(dir.resolve("generated"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostic -> { },
          List.of("-proc:only", "-s", sources.toString(),
              "-cp", System.getProperty("java.class.path")),
          null, List.of(MIXED));
      task.setProcessors(List.of(new DynabindProcessor()));
      assertThat(task.call()).isFalse();
    }
    try (Stream<Path> generated = Files.walk(sources)) {
      List<String> names = generated.filter(Files::isRegularFile)
          .map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
      assertThat(names).containsExactly("Mixed_GoodOneCodec.java", "Mixed_GoodOneRepository.java",
          "Mixed_GoodOneAttributes.java");
    }
  }

  @Test
  void anErrorInAComponentDoesNotHideErrorsInOtherRecordsOfTheFile() {
    Compilation compilation = Compilations.compile(Compilations.source("bad/KeyTypes.java"),
        Compilations.source("bad/TextConverter.java"));
    assertThat(compilation).hadErrorCount(7);
  }
}
