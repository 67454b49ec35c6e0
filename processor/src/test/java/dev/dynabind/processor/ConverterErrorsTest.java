package dev.dynabind.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import dev.dynabind.Table;
import java.io.File;
import java.net.URISyntaxException;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** A {@code @Convert} class must be creatable with {@code new} and convert the exact type. */
class ConverterErrorsTest {
  private static final JavaFileObject CONVERTERS = Compilations.source("bad/ConverterErrors.java");
  private static final JavaFileObject TEXT = Compilations.source("bad/TextConverter.java");

  private static Compilation compile() {
    return Compilations.compile(CONVERTERS, TEXT);
  }

  @Test
  void converterNeedsAPublicNoArgConstructor() {
    assertThat(compile()).hadErrorContaining("[ConverterConstructor] @Convert("
        + "bad.ConverterErrors.NeedsArgument.class) on component 'needsArgument' has no public"
        + " no-arg constructor").inFile(CONVERTERS).onLineContaining("NeedsArgument.class)");
  }

  @Test
  void converterMustNotBeAbstract() {
    assertThat(compile()).hadErrorContaining("on component 'abstractOne' is abstract")
        .inFile(CONVERTERS).onLineContaining("Abstract.class)");
  }

  @Test
  void converterMustConvertTheComponentsExactType() {
    assertThat(compile()).hadErrorContaining("[ConverterType] @Convert(bad.TextConverter.class)"
        + " on component 'wrongType' must implement AttributeConverter<java.lang.Integer>, but"
        + " implements AttributeConverter<java.lang.StringBuilder>")
        .inFile(CONVERTERS).onLineContaining("Integer wrongType");
  }

  @Test
  void converterMustImplementAttributeConverter() {
    assertThat(compile()).hadErrorContaining("on component 'notAConverter' must implement"
        + " AttributeConverter<java.lang.StringBuilder>, but does not implement it")
        .inFile(CONVERTERS).onLineContaining("NotAConverter.class)");
  }

  @Test
  void converterWithoutTheRuntimeOnTheClassPathSaysSo() throws URISyntaxException {
    File annotations =
        new File(Table.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Compilation compilation = javac().withProcessors(new DynabindProcessor())
        .withClasspath(List.of(annotations))
        .compile(Compilations.source("bad/NoRuntime.java"));
    assertThat(compilation).hadErrorContaining("[ConverterType] @Convert on component 'text'"
        + " needs dev.dynabind.runtime.AttributeConverter, which is not on the class path")
        .inFile(Compilations.source("bad/NoRuntime.java")).onLineContaining("StringBuilder text");
    assertThat(compilation).hadErrorCount(1);
  }
}
