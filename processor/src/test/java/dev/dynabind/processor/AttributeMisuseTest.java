package dev.dynabind.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A generated reference offers only what DynamoDB allows on its stored type: a wrong condition
 * or update is a compile error on the line that makes it.
 */
class AttributeMisuseTest {
  private static final JavaFileObject MISUSE = Compilations.source("bad/AttributeMisuse.java");
  private static Compilation compilation;

  @BeforeAll
  static void compile() {
    compilation = Compilations.compile(Compilations.source("good/User.java"), MISUSE);
  }

  private static void cannotFind(String method, String line) {
    assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(MISUSE)
        .onLineContaining(line);
    assertThat(compilation).hadErrorContaining("method " + method).inFile(MISUSE)
        .onLineContaining(line);
  }

  private static void incompatible(String line) {
    assertThat(compilation).hadErrorContaining("incompatible types").inFile(MISUSE)
        .onLineContaining(line);
  }

  @Test
  void aStringSetHasNoAddAndTakesOnlyStrings() {
    cannotFind("add(int)", "roles.add(1)");
    incompatible("roles.addAll(Set.of(1))");
  }

  @Test
  void aStringHasNoAdd() {
    cannotFind("add(int)", "email.add(1)");
    cannotFind("add(int)", "address.city().add(1)");
  }

  @Test
  void aBooleanAnEnumAndAnInstantHaveNoOrder() {
    cannotFind("lt(boolean)", "active.lt(true)");
    cannotFind("lt(shop.User.Status)", "status.lt(User.Status.ACTIVE)");
    cannotFind("gt(java.time.Instant)", "createdAt.gt(");
  }

  @Test
  void aListHasNoAddAll() {
    cannotFind("addAll(java.util.List<java.lang.String>)", "tags.addAll(List.of(\"x\"))");
  }

  @Test
  void aKeyCannotBeUpdated() {
    cannotFind("set(java.lang.String)", "id.set(\"other\")");
    cannotFind("remove()", "id.remove()");
  }

  @Test
  void valuesMustHaveTheComponentsType() {
    incompatible("age.add(\"1\")");
    incompatible("luckyNumbers.contains(\"seven\")");
  }

  @Test
  void aConditionIsNotAnUpdateAction() {
    assertThat(compilation).hadErrorContaining("no suitable method found for of").inFile(MISUSE)
        .onLineContaining("Update.of(age.eq(1))");
  }
}
