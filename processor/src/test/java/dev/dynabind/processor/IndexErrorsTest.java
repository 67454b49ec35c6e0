package dev.dynabind.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every @Index and @LocalIndex error, aimed at the component (and value) at fault. */
class IndexErrorsTest {
  private static final JavaFileObject SOURCE = Compilations.source("bad/IndexErrors.java");
  private static Compilation compilation;

  @BeforeAll
  static void compile() {
    compilation = Compilations.compile(SOURCE);
  }

  @Test
  void indexKeyMustBeStoredAsStringNumberOrBinary() {
    assertThat(compilation).hadErrorContaining("[IndexKeyType] component 'flag' is a key of"
        + " index \"byFlag\" but is boolean").inFile(SOURCE).onLineContaining("record BadType");
    assertThat(compilation).hadErrorContaining("[IndexKeyType] component 'maybe' is a key of"
        + " index \"byMaybe\"").inFile(SOURCE).onLineContaining("record OptionalKey");
  }

  @Test
  void indexHasOnePartitionKey() {
    assertThat(compilation).hadErrorContaining("[IndexKey] component 'b' is a second partition"
        + " key of index \"byA\" after 'a'").inFile(SOURCE).onLineContaining("record TwoPartitions");
  }

  @Test
  void indexSortKeyNeedsAPartitionKey() {
    assertThat(compilation).hadErrorContaining("[IndexKey] index \"bySort\" has a sort key"
        + " ('sortOnly') but no partition key").inFile(SOURCE).onLineContaining("record SortOnly");
  }

  @Test
  void localIndexNeedsATableWithASortKey() {
    assertThat(compilation).hadErrorContaining("[LocalIndex] @LocalIndex(\"byWhen\") on component"
        + " 'when' needs a table with a sort key").inFile(SOURCE)
        .onLineContaining("record LocalNoSort");
  }

  @Test
  void indexNameMustSuitDynamoDbAndJava() {
    assertThat(compilation).hadErrorContaining("[IndexName] index name \"x\" would be rejected by"
        + " DynamoDB").inFile(SOURCE).onLineContaining("record BadName");
    assertThat(compilation).hadErrorContaining("[IndexName] index name \"by-dash\" is not a Java"
        + " identifier").inFile(SOURCE).onLineContaining("record BadName");
  }

  @Test
  void oneNameIsOneIndex() {
    assertThat(compilation).hadErrorContaining("[IndexName] index \"byBoth\" is declared both as"
        + " @Index and as @LocalIndex").inFile(SOURCE).onLineContaining("@LocalIndex(\"byBoth\") String l");
  }

  @Test
  void indexSortKeyMustSortInValueOrder() {
    assertThat(compilation).hadErrorContaining("[IndexKeyType] component 'at' is the sort key of"
        + " index \"byZone\" but is java.time.ZonedDateTime").inFile(SOURCE)
        .onLineContaining("ZonedDateTime at)");
  }

  @Test
  void indexNeedsATable() {
    assertThat(compilation).hadErrorContaining("[IndexWithoutTable] @Index on component 'orphan'"
        + " of NoTable, which has no @Table").inFile(SOURCE).onLineContaining("record NoTable");
  }
}
