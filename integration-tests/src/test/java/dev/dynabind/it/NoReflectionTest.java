package dev.dynabind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynabind.runtime.Dynabind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No reflection anywhere: every class of the runtime and every class the processor generated for
 * this module is read from its class file and its constant pool checked for reflective references.
 */
class NoReflectionTest {

  @Test
  void runtimeClassesUseNoReflection() throws Exception {
    Map<String, byte[]> classes = classesAt(codeSource(Dynabind.class));

    assertTrue(classes.size() > 10, "runtime classes found: " + classes.keySet());
    assertTrue(classes.containsKey("dev/dynabind/runtime/spi/Decoders.class"), "Decoders");
    assertNoReflection(classes);
  }

  @Test
  void generatedClassesUseNoReflection() throws Exception {
    Path target = codeSource(NoReflectionTest.class).getParent();
    Map<String, byte[]> classes = new LinkedHashMap<>();
    classes.putAll(generatedClasses(target.resolve("generated-sources/annotations"),
        target.resolve("classes")));
    classes.putAll(generatedClasses(target.resolve("generated-test-sources/test-annotations"),
        target.resolve("test-classes")));

    for (String expected : List.of("ScalarsCodec", "ScalarsRepository", "EventKey",
        "CompanyCodec", "demo/UserCodec", "demo/OrderKey", "demo/AccountRepository")) {
      assertTrue(classes.containsKey("dev/dynabind/it/" + expected + ".class"),
          expected + " not among the generated classes " + classes.keySet());
    }
    assertNoReflection(classes);
  }

  @Test
  void scannerFindsEveryKindOfReflectionInAClassThatUsesIt() throws Exception {
    List<String> findings = ReflectionScanner.findings(classFile(ReflectiveFixture.class));
    String all = String.join("\n", findings);

    assertTrue(all.contains("java/lang/Class.forName"), all);
    assertTrue(all.contains("java/lang/Class.getDeclaredMethod"), all);
    assertTrue(all.contains("java/lang/Class.getDeclaredConstructor"), all);
    assertTrue(all.contains("class java/lang/reflect/Method"), all);
    assertTrue(all.contains("java/lang/reflect/Method.setAccessible"), all);
    assertTrue(all.contains("java/lang/reflect/Constructor.newInstance"), all);
  }

  @Test
  void scannerAcceptsRecordsEnumsLambdasAndGeneratedCode() throws Exception {
    for (Class<?> type : List.of(Scalars.class, Color.class, Company.Person.class,
        Databases.class, ConstantPool.MemberRef.class)) {
      assertEquals(List.of(), ReflectionScanner.findings(classFile(type)), type.getName());
    }
  }

  private static void assertNoReflection(Map<String, byte[]> classes) throws IOException {
    Map<String, List<String>> offenders = new LinkedHashMap<>();
    for (Map.Entry<String, byte[]> entry : classes.entrySet()) {
      List<String> findings = ReflectionScanner.findings(entry.getValue());
      if (!findings.isEmpty()) {
        offenders.put(entry.getKey(), findings);
      }
    }
    assertEquals(Map.of(), offenders, "classes that use reflection");
  }

  /**
   * The class files of every class whose source the processor generated into {@code sources},
   * nested classes included, read from {@code classes}.
   */
  private static Map<String, byte[]> generatedClasses(Path sources, Path classes)
      throws IOException {
    Map<String, byte[]> out = new LinkedHashMap<>();
    if (!Files.isDirectory(sources)) {
      return out;
    }
    List<Path> javaFiles;
    try (Stream<Path> files = Files.walk(sources)) {
      javaFiles = files.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList());
    }
    for (Path javaFile : javaFiles) {
      String relative = sources.relativize(javaFile).toString().replace('\\', '/');
      String base = relative.substring(0, relative.length() - ".java".length());
      Path classFile = classes.resolve(base + ".class");
      assertTrue(Files.isRegularFile(classFile), "no class file for generated " + relative);
      Path directory = classFile.getParent();
      String simpleName = classFile.getFileName().toString().replace(".class", "");
      try (Stream<Path> siblings = Files.list(directory)) {
        for (Path each : siblings.collect(Collectors.toList())) {
          String name = each.getFileName().toString();
          if (name.equals(simpleName + ".class") || name.startsWith(simpleName + "$")) {
            String key = classes.relativize(each).toString().replace('\\', '/');
            out.put(key, Files.readAllBytes(each));
          }
        }
      }
    }
    return out;
  }

  /** Every {@code .class} file under a directory or in a jar, by relative path. */
  private static Map<String, byte[]> classesAt(Path location) throws IOException {
    Map<String, byte[]> out = new LinkedHashMap<>();
    if (Files.isDirectory(location)) {
      try (Stream<Path> files = Files.walk(location)) {
        for (Path file : files.filter(p -> p.toString().endsWith(".class"))
            .collect(Collectors.toCollection(() -> new TreeSet<>()))) {
          out.put(location.relativize(file).toString().replace('\\', '/'),
              Files.readAllBytes(file));
        }
      }
      return out;
    }
    try (JarFile jar = new JarFile(location.toFile())) {
      List<JarEntry> entries = new ArrayList<>();
      jar.stream().filter(e -> e.getName().endsWith(".class")).forEach(entries::add);
      for (JarEntry entry : entries) {
        try (InputStream in = jar.getInputStream(entry)) {
          out.put(entry.getName(), in.readAllBytes());
        }
      }
    }
    return out;
  }

  private static Path codeSource(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] classFile(Class<?> type) {
    String resource = "/" + type.getName().replace('.', '/') + ".class";
    try (InputStream in = type.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no class file " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
