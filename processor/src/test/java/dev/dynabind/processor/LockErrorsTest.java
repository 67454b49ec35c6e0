package dev.dynabind.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @LockedBy} is checked with the runtime's LockSpec rules at compile time. */
class LockErrorsTest {
  private static final JavaFileObject LOCKS = Compilations.source("bad/LockErrors.java");

  private static Compilation compile() {
    return Compilations.compile(LOCKS);
  }

  @Test
  void lockSortKeyMustBeAString() {
    assertThat(compile()).hadErrorContaining("[LockKeyType] @LockedBy appends its suffix to the"
        + " sort key, so component 'version2' must be a String, but it is long")
        .inFile(LOCKS).onLineContaining("long version2");
  }

  @Test
  void lockPartitionKeyMustBeAStringWithoutSortKey() {
    assertThat(compile()).hadErrorContaining("to the partition key, so component 'id' must be a"
        + " String, but it is int").inFile(LOCKS).onLineContaining("@Key int id");
  }

  @Test
  void lockDurationsMustBeIso8601() {
    Compilation compilation = compile();
    assertThat(compilation).hadErrorContaining("[LockDuration] @LockedBy ttl \"one day\" is not"
        + " a positive ISO-8601 duration").inFile(LOCKS).onLineContaining("\"one day\"");
    assertThat(compilation).hadErrorContaining("@LockedBy refreshWithin \"-PT1H\" is not a"
        + " non-negative").inFile(LOCKS).onLineContaining("\"-PT1H\"");
    assertThat(compilation).hadErrorContaining("@LockedBy ttl \"PT0S\" is not a positive")
        .inFile(LOCKS).onLineContaining("\"PT0S\"");
  }

  @Test
  void refreshWithinMustBeShorterThanTtl() {
    assertThat(compile()).hadErrorContaining("[LockDuration] @LockedBy refreshWithin PT2H must"
        + " be shorter than ttl PT1H").inFile(LOCKS).onLineContaining("refreshWithin = \"PT2H\"");
  }

  @Test
  void lockSuffixMustNotBeEmpty() {
    assertThat(compile()).hadErrorContaining("[LockSuffix] @LockedBy suffix must not be empty")
        .inFile(LOCKS).onLineContaining("suffix = \"\"");
  }

  @Test
  void lockAttributesMustNotCollideWithTheRecordsAttributes() {
    Compilation compilation = compile();
    assertThat(compilation).hadErrorContaining("[LockAttribute] @LockedBy versionAttribute \"rev\""
        + " collides with the attribute of component 'revision'")
        .inFile(LOCKS).onLineContaining("versionAttribute = \"rev\"");
    assertThat(compilation).hadErrorContaining("@LockedBy ttlAttribute \"id\" collides with the"
        + " attribute of component 'id'").inFile(LOCKS).onLineContaining("ttlAttribute = \"id\"");
  }

  @Test
  void lockAttributesMustDifferFromEachOther() {
    assertThat(compile()).hadErrorContaining("@LockedBy ttlAttribute \"v\" collides with"
        + " versionAttribute").inFile(LOCKS).onLineContaining("ttlAttribute = \"v\"");
  }

  @Test
  void lockedByNeedsATable() {
    assertThat(compile()).hadErrorContaining("[LockedWithoutTable] @LockedBy on"
        + " LockedWithoutTable, which has no @Table").inFile(LOCKS)
        .onLineContaining("record LockedWithoutTable");
  }
}
