package dev.dynabind.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Errors on record components: key types, unsupported types, attribute names. */
class ComponentErrorsTest {
  private static final JavaFileObject KEYS = Compilations.source("bad/KeyTypes.java");
  private static final JavaFileObject CONVERTER = Compilations.source("bad/TextConverter.java");
  private static final JavaFileObject COMPONENTS = Compilations.source("bad/ComponentErrors.java");
  private static final JavaFileObject SORT_TIMES = Compilations.source("bad/SortKeyTimes.java");

  private static Compilation keys() {
    return Compilations.compile(KEYS, CONVERTER);
  }

  @Test
  void keyMustNotBeBoolean() {
    assertThat(keys()).hadErrorContaining("[KeyType] @Key component 'active' is boolean; a key"
        + " must be stored as S, N or B (String, a number, byte[], SdkBytes, UUID, an enum,"
        + " Instant, ...)").inFile(KEYS).onLineContaining("@Key boolean active");
  }

  @Test
  void keyMustNotBeAListMapOrSet() {
    Compilation compilation = keys();
    assertThat(compilation).hadErrorContaining("[KeyType] @Key component 'names' is"
        + " java.util.List<java.lang.String>").inFile(KEYS).onLineContaining("List<String> names");
    assertThat(compilation).hadErrorContaining("[KeyType] @Key component 'attributes'")
        .inFile(KEYS).onLineContaining("Map<String, String> attributes");
    assertThat(compilation).hadErrorContaining("[KeyType] @Key component 'labels'")
        .inFile(KEYS).onLineContaining("Set<String> labels");
  }

  @Test
  void keyMustNotBeARecordOrOptional() {
    Compilation compilation = keys();
    assertThat(compilation).hadErrorContaining("[KeyType] @Key component 'inner' is")
        .inFile(KEYS).onLineContaining("@Key Inner inner");
    assertThat(compilation).hadErrorContaining("[KeyType] @Key component 'maybe' is")
        .inFile(KEYS).onLineContaining("Optional<String> maybe");
  }

  @Test
  void keyMustNotBeConverted() {
    assertThat(keys()).hadErrorContaining("[KeyType] @Key component 'text' uses @Convert, so its"
        + " stored type is only known at run time").inFile(KEYS).onLineContaining("text) {}");
  }

  @Test
  void sortKeyMustHaveATextThatSortsInTheOrderOfItsValues() {
    Compilation compilation = Compilations.compile(SORT_TIMES);
    assertThat(compilation).hadErrorContaining("[SortKeyOrder] @Key(sort = true) component"
        + " 'offsetAt' is java.time.OffsetDateTime, whose stored text does not sort in the order of"
        + " its values, so queries would return items out of order and range conditions would miss"
        + " some; the offset in its text lets a later instant sort first: use Instant")
        .inFile(SORT_TIMES).onLineContaining("OffsetDateTime offsetAt");
    assertThat(compilation).hadErrorContaining("[SortKeyOrder] @Key(sort = true) component"
        + " 'zonedAt' is java.time.ZonedDateTime").inFile(SORT_TIMES)
        .onLineContaining("ZonedDateTime zonedAt");
    assertThat(compilation).hadErrorContaining("'took' is java.time.Duration")
        .inFile(SORT_TIMES).onLineContaining("Duration took");
    assertThat(compilation).hadErrorContaining("'span' is java.time.Period")
        .inFile(SORT_TIMES).onLineContaining("Period span");
    assertThat(compilation).hadErrorContaining("'zone' is java.time.ZoneId")
        .inFile(SORT_TIMES).onLineContaining("ZoneId zone");
    assertThat(compilation).hadErrorContaining("'offset' is java.time.ZoneOffset")
        .inFile(SORT_TIMES).onLineContaining("ZoneOffset offset");
    // Partition keys are matched, not ordered; MonthDay's text is fixed-width and sorts.
    assertThat(compilation).hadErrorCount(6);
  }

  @Test
  void unsupportedTypesAreNamedWithTheSupportedOnes() {
    Compilation compilation = Compilations.compile(COMPONENTS);
    assertThat(compilation).hadErrorContaining("[UnsupportedType] component 'file' has type"
        + " java.io.File, which Dynabind cannot store. Supported: String, primitives")
        .inFile(COMPONENTS).onLineContaining("File file");
    assertThat(compilation).hadErrorContaining("for any other type add"
        + " @Convert(YourConverter.class)").inFile(COMPONENTS).onLineContaining("File file");
    assertThat(compilation).hadErrorContaining("component 'threads' has type"
        + " java.util.List<java.lang.Thread> (java.lang.Thread is not supported)")
        .inFile(COMPONENTS).onLineContaining("List<Thread> threads");
    assertThat(compilation).hadErrorContaining("(map keys must be String)")
        .inFile(COMPONENTS).onLineContaining("byNumber");
    assertThat(compilation).hadErrorContaining("(DynamoDB sets hold String")
        .inFile(COMPONENTS).onLineContaining("Set<Boolean> flags");
    assertThat(compilation).hadErrorContaining("component 'raw' has type java.util.List (a raw")
        .inFile(COMPONENTS).onLineContaining("List raw");
    assertThat(compilation).hadErrorContaining("component 'anything' has type java.lang.Object")
        .inFile(COMPONENTS).onLineContaining("Object anything");
  }

  @Test
  void unsupportedTypeDeepInANestedRecordPointsAtTheNestedComponent() {
    assertThat(Compilations.compile(COMPONENTS)).hadErrorContaining("[UnsupportedType] component"
        + " 'notOk' has type java.lang.Runnable").inFile(COMPONENTS)
        .onLineContaining("Runnable notOk");
  }

  @Test
  void twoComponentsMustNotShareAnAttributeName() {
    assertThat(Compilations.compile(COMPONENTS)).hadErrorContaining("[DuplicateAttribute]"
        + " component 'second' is stored as attribute \"name\", which component 'first' already"
        + " uses").inFile(COMPONENTS).onLineContaining("String second");
  }

  @Test
  void attributeNameMustNotBeEmpty() {
    assertThat(Compilations.compile(COMPONENTS)).hadErrorContaining("[AttributeName] @Attribute"
        + " on component 'blank' has an empty name").inFile(COMPONENTS)
        .onLineContaining("String blank");
  }
}
