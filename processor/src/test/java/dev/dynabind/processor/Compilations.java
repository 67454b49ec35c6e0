package dev.dynabind.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.Arrays;
import javax.tools.JavaFileObject;

/** Compiles test sources from the class path with the processor. */
final class Compilations {
  private Compilations() {}

  static JavaFileObject source(String resource) {
    return JavaFileObjects.forResource(resource);
  }

  static Compilation compile(String... resources) {
    return compile(Arrays.stream(resources).map(Compilations::source)
        .toArray(JavaFileObject[]::new));
  }

  static Compilation compile(JavaFileObject... sources) {
    return javac().withProcessors(new DynabindProcessor()).compile(sources);
  }
}
