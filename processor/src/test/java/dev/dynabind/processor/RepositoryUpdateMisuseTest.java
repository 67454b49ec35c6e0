package dev.dynabind.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The repository's conditional writes and updates are typed: an update of a key attribute, a
 * value of the wrong type, a key of the wrong type, or a condition where an update belongs (and
 * the other way round) is a compile error on the line that makes it.
 */
class RepositoryUpdateMisuseTest {
  private static final JavaFileObject MISUSE =
      Compilations.source("bad/RepositoryUpdateMisuse.java");
  private static Compilation compilation;

  @BeforeAll
  static void compile() {
    compilation = Compilations.compile(Compilations.source("good/Order.java"), MISUSE);
  }

  private static void error(String message, String line) {
    assertThat(compilation).hadErrorContaining(message).inFile(MISUSE).onLineContaining(line);
  }

  @Test
  void neitherKeyAttributeCanBeUpdated() {
    error("cannot find symbol", "orderNo.set(2L)");
    error("method set(long)", "orderNo.set(2L)");
    error("method set(java.lang.String)", "customerId.set(\"c-2\")");
  }

  @Test
  void theKeyMustHaveTheRepositorysKeyType() {
    error("incompatible types: java.lang.String cannot be converted to shop.OrderKey",
        "orders.update(\"c-1\"");
    error("incompatible types", "orders.updateAll(List.of(\"c-1\")");
  }

  @Test
  void aConditionIsNotAnUpdateAndAnUpdateIsNotACondition() {
    error("incompatible types", "orders.update(key, total.ge(BigDecimal.ONE))");
    error("incompatible types", "orders.save(order, Update.of(");
    error("incompatible types", "orders.delete(key, total.add(BigDecimal.ONE))");
    error("incompatible types", "total.set(null));");
  }

  @Test
  void anUpdateValueMustHaveTheComponentsType() {
    error("incompatible types: int cannot be converted to java.math.BigDecimal",
        "total.add(1)), Condition.ifPresent()");
  }
}
