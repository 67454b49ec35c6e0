package dev.dynabind.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Every wrong use of {@code @GeneratedId}, {@code @CreatedAt}, {@code @UpdatedAt},
 * {@code @Version} and {@code @Ttl} is a compile-time error aimed at the component.
 */
class LifecycleErrorsTest {
  private static final JavaFileObject SOURCE = Compilations.source("bad/LifecycleErrors.java");

  private static Compilation compile() {
    return Compilations.compile(SOURCE);
  }

  @Test
  void eachAnnotationAllowsOnlyItsTypes() {
    Compilation compilation = compile();
    assertThat(compilation).hadErrorContaining(
        "[LifecycleType] @GeneratedId component 'id' is long; it must be String or UUID")
        .inFile(SOURCE).onLineContaining("@GeneratedId long id");
    assertThat(compilation).hadErrorContaining("[LifecycleType] @CreatedAt component 'created'"
        + " is java.time.LocalDateTime; it must be Instant")
        .inFile(SOURCE).onLineContaining("LocalDateTime created");
    assertThat(compilation).hadErrorContaining("[LifecycleType] @UpdatedAt component 'updated'"
        + " is java.lang.String; it must be Instant")
        .inFile(SOURCE).onLineContaining("String updated");
    assertThat(compilation).hadErrorContaining("[LifecycleType] @Version component 'revision'"
        + " is double; it must be long, Long, int or Integer")
        .inFile(SOURCE).onLineContaining("double revision");
    assertThat(compilation).hadErrorContaining("[LifecycleType] @Ttl component 'until' is"
        + " java.util.Optional<java.time.Instant>; it must be Instant or long epoch seconds")
        .inFile(SOURCE).onLineContaining("Optional<Instant> until");
  }

  @Test
  void versionMustNotBeConverted() {
    assertThat(compile()).hadErrorContaining("[LifecycleType] @Version component"
        + " 'convertedVersion' uses @Convert, so only the converter knows how it is stored;"
        + " remove @Convert (the component must be long, Long, int or Integer)")
        .inFile(SOURCE).onLineContaining("Long convertedVersion");
  }

  @Test
  void aRecordHasAtMostOneOfEach() {
    Compilation compilation = compile();
    assertThat(compilation).hadErrorContaining("[DuplicateLifecycle] component 'second' is a"
        + " second @Version after 'first'; a record has at most one")
        .inFile(SOURCE).onLineContaining("@Version Long second");
    assertThat(compilation).hadErrorContaining("[DuplicateLifecycle] component 'ttlTwo' is a"
        + " second @Ttl after 'ttlOne'; a record has at most one")
        .inFile(SOURCE).onLineContaining("@Ttl Instant ttlTwo");
  }

  @Test
  void aComponentHasAtMostOneLifecycleAnnotation() {
    assertThat(compile()).hadErrorContaining("[LifecycleConflict] component 'stamped' has both"
        + " @CreatedAt and @UpdatedAt; each lifecycle annotation needs a component of its own")
        .inFile(SOURCE).onLineContaining("Instant stamped");
  }

  @Test
  void versionUpdatedAtAndTtlAreNotKeys() {
    Compilation compilation = compile();
    assertThat(compilation).hadErrorContaining("[LifecycleKey] @Version on key component"
        + " 'versionKey': it changes on every write, and an item whose key changed is another"
        + " item; put it on a component that is not a key")
        .inFile(SOURCE).onLineContaining("long versionKey");
    assertThat(compilation).hadErrorContaining("[LifecycleKey] @UpdatedAt on key component"
        + " 'changed'").inFile(SOURCE).onLineContaining("Instant changed");
    assertThat(compilation).hadErrorContaining("[LifecycleKey] @Ttl on key component"
        + " 'expiryKey'").inFile(SOURCE).onLineContaining("long expiryKey");
  }

  @Test
  void versionAndTtlAreRefusedOnLockedTables() {
    Compilation compilation = compile();
    assertThat(compilation).hadErrorContaining("[VersionLocked] @Version on component"
        + " 'lockedRevision' of @LockedBy record LockedVersion: the lock already orders the"
        + " writes of a locked table").inFile(SOURCE).onLineContaining("long lockedRevision");
    assertThat(compilation).hadErrorContaining("[TtlLocked] @Ttl on component 'lockedExpiry' of"
        + " @LockedBy record LockedVersion: a table has one TTL attribute, and its lock items"
        + " expire through \"ttl\"").inFile(SOURCE).onLineContaining("Instant lockedExpiry");
  }

  @Test
  void lifecycleAnnotationsNeedATable() {
    assertThat(compile()).hadErrorContaining("[LifecycleWithoutTable] @GeneratedId on component"
        + " 'orphanId' of NotATable, which has no @Table")
        .inFile(SOURCE).onLineContaining("String orphanId");
  }

  @Test
  void everyErrorIsReportedInOnePass() {
    assertThat(compile()).hadErrorCount(15);
  }

  @Test
  void generatedIdAndCreatedAtMayBeKeys() {
    Compilation compilation = Compilations.compile(JavaFileObjects.forSourceLines("good.Keys",
        "package good;",
        "import dev.dynabind.CreatedAt;",
        "import dev.dynabind.GeneratedId;",
        "import dev.dynabind.Key;",
        "import dev.dynabind.Table;",
        "import java.time.Instant;",
        "@Table(\"keys\")",
        "public record Keys(@Key @GeneratedId String id,",
        "    @Key(sort = true) @CreatedAt Instant created) {}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("good.KeysCodec");
  }
}
