package dev.dynabind.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Errors on the table record itself and on its keys. */
class TableErrorsTest {
  private static final JavaFileObject TARGETS = Compilations.source("bad/TableTargets.java");
  private static final JavaFileObject KEYS = Compilations.source("bad/KeyErrors.java");
  private static final JavaFileObject UNREACHABLE = Compilations.source("bad/Unreachable.java");
  private static final JavaFileObject NAMES = Compilations.source("bad/ComponentErrors.java");

  @Test
  void tableMustBeOnARecord() {
    Compilation compilation = Compilations.compile(TARGETS);
    assertThat(compilation).hadErrorContaining("[TableNotRecord] @Table goes on a record, but"
        + " TableTargets is a class").inFile(TARGETS).onLineContaining("@Table(\"things\")");
    assertThat(compilation).hadErrorContaining("AnInterface is an interface")
        .inFile(TARGETS).onLineContaining("@Table(\"interfaces\")");
    assertThat(compilation).hadErrorContaining("AnEnum is an enum")
        .inFile(TARGETS).onLineContaining("@Table(\"enums\")");
  }

  @Test
  void tableRecordMustNotBeGeneric() {
    assertThat(Compilations.compile(TARGETS))
        .hadErrorContaining("[TableGeneric] @Table record Generic has type parameters")
        .inFile(TARGETS).onLineContaining("record Generic<T>");
  }

  @Test
  void tableNeedsAKey() {
    Compilation compilation = Compilations.compile(KEYS);
    assertThat(compilation).hadErrorContaining("[MissingKey] @Table record NoKey has no @Key")
        .inFile(KEYS).onLineContaining("record NoKey");
    assertThat(compilation)
        .hadErrorContaining("[MissingKey] @Table record SortOnly has a sort key but no partition")
        .inFile(KEYS).onLineContaining("record SortOnly");
  }

  @Test
  void tableHasOnePartitionKeyAndAtMostOneSortKey() {
    Compilation compilation = Compilations.compile(KEYS);
    assertThat(compilation)
        .hadErrorContaining("[DuplicateKey] component 'second' is a second partition key after"
            + " 'first'")
        .inFile(KEYS).onLineContaining("record TwoPartitions");
    assertThat(compilation)
        .hadErrorContaining("[DuplicateKey] component 's2' is a second sort key after 's1'")
        .inFile(KEYS).onLineContaining("record TwoSorts");
  }

  @Test
  void keyNeedsATableOnItsRecord() {
    assertThat(Compilations.compile(KEYS))
        .hadErrorContaining("[KeyWithoutTable] @Key on component 'orphan' of NotATable, which has"
            + " no @Table")
        .inFile(KEYS).onLineContaining("record NotATable");
  }

  @Test
  void tableNameMustBeValidForDynamoDb() {
    Compilation compilation = Compilations.compile(NAMES);
    assertThat(compilation).hadErrorContaining("[TableName] table name \"x\" would be rejected"
        + " by DynamoDB: use 3 to 255 characters of a-z A-Z 0-9 _ . -")
        .inFile(NAMES).onLineContaining("@Table(\"x\")");
    assertThat(compilation).hadErrorContaining("[TableName] table name \"has space\"")
        .inFile(NAMES).onLineContaining("@Table(\"has space\")");
  }

  @Test
  void tableRecordMustBeReachableFromGeneratedCode() {
    Compilation compilation = Compilations.compile(UNREACHABLE);
    assertThat(compilation).hadErrorContaining("[Unreachable] record bad.Unreachable.Hidden"
        + " cannot be reached from generated code in package bad because it is private")
        .inFile(UNREACHABLE).onLineContaining("private record Hidden");
    assertThat(compilation).hadErrorContaining("because its enclosing Vault is private")
        .inFile(UNREACHABLE).onLineContaining("record Vaulted");
  }

  @Test
  void nestedRecordMustBeReachableFromGeneratedCode() {
    assertThat(Compilations.compile(UNREACHABLE))
        .hadErrorContaining("[Unreachable] record bad.Unreachable.Secret cannot be reached")
        .inFile(UNREACHABLE).onLineContaining("record UsesSecret");
  }
}
