package dev.dynabind.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.dynabind.runtime.expression.Condition;
import dev.dynabind.runtime.expression.Update;
import dev.dynabind.runtime.internal.expr.ExpressionWriter;
import dev.dynabind.runtime.spi.TableCodec;
import java.lang.reflect.Method;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Compiles code that uses the generated references and runs it through the writer. */
class GeneratedAttributesTest {
  private static GeneratedClassLoader loader;

  @BeforeAll
  static void compile() {
    Compilation compilation = Compilations.compile("good/User.java", "good/Everything.java",
        "good/Money.java", "good/MoneyConverter.java", "good/Fixtures.java", "good/Blob.java",
        "good/Order.java", "good/AttributeUse.java");
    assertThat(compilation).succeededWithoutWarnings();
    loader = new GeneratedClassLoader(compilation);
  }

  private static Object call(String method, Object... args) throws Exception {
    for (Method m : loader.loadClass("shop.AttributeUse").getMethods()) {
      if (m.getName().equals(method)) {
        return m.invoke(null, args);
      }
    }
    throw new AssertionError(method);
  }

  @Test
  void conditionsUseStoredNamesAndTheCodecsValues() throws Exception {
    Condition condition = (Condition) call("condition");
    assertThat(condition.toString()).isEqualTo("status = ? AND age < ? AND begins_with(address"
        + ".zip_code, ?) OR attribute_not_exists(<partition key>)");
    ExpressionWriter w = new ExpressionWriter("id", null);
    assertThat(w.condition(condition)).isEqualTo("#n0 = :v0 AND #n1 < :v1"
        + " AND begins_with(#n2.#n3, :v2) OR attribute_not_exists(#n4)");
    assertThat(w.names()).containsExactly("#n0", "status", "#n1", "age", "#n2", "address",
        "#n3", "zip_code", "#n4", "id");
    assertThat(w.values()).containsExactly(":v0", AttributeValue.fromS("ACTIVE"),
        ":v1", AttributeValue.fromN("10"), ":v2", AttributeValue.fromS("01"));
  }

  @Test
  void updatesReachNestedRecordsListElementsAndMapValues() throws Exception {
    Update update = (Update) call("update");
    assertThat(update.toString()).isEqualTo("SET age = if_not_exists(age, ?) + ?,"
        + " address.city = ?, previousAddresses[0].zip_code = ?,"
        + " scores.math = if_not_exists(scores.math, ?) + ?, created_at = ?,"
        + " tags = list_append(if_not_exists(tags, ?), ?),"
        + " balance = if_not_exists(balance, ?) + ? REMOVE nickname ADD roles ?");
    ExpressionWriter w = new ExpressionWriter("id", null);
    w.update(update);
    assertThat(w.values()).containsEntry(":v6", AttributeValue.fromS("2024-01-02T03:04:05Z"));
    assertThat(w.values()).containsEntry(":v10", AttributeValue.fromN("-1.5"));
    assertThat(w.values()).containsEntry(":v11", AttributeValue.fromSs(java.util.List.of("vip")));
  }

  @Test
  void everyKindOfComponentHasAReferenceThatEncodesAsTheCodec() throws Exception {
    Condition condition = (Condition) call("everything");
    assertThat(condition.toString()).isEqualTo("money = ? AND nested.child.leaf.v = ?"
        + " AND levels.one.children[1].n > ? AND deep[0].xs[2] = ? AND optionals[0] = ?"
        + " AND tree.children[0].children[0].name = ? AND yearMonth = ? AND id IN (?)"
        + " AND size(present) > ? AND contains(decimals, ?)");
    ExpressionWriter w = new ExpressionWriter("id", null);
    w.condition(condition);
    assertThat(w.values()).containsEntry(":v0", AttributeValue.fromS("12.50 EUR"));
    assertThat(w.values()).containsEntry(":v4", AttributeValue.fromS("RED"));
    assertThat(w.values()).containsEntry(":v6", AttributeValue.fromS("+10000-01"));
    assertThat(w.values()).containsEntry(":v9", AttributeValue.fromN("1.5"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void aWholeNestedValueIsStoredExactlyAsTheCodecStoresIt() throws Exception {
    Object item = loader.loadClass("shop.Fixtures").getMethod("everything").invoke(null);
    TableCodec<Object, Object> codec = (TableCodec<Object, Object>)
        loader.loadClass("shop.EverythingCodec").getField("INSTANCE").get(null);
    Map<String, AttributeValue> stored = codec.encode(item);
    ExpressionWriter w = new ExpressionWriter("id", null);
    assertThat(w.update((Update) call("setNested", item)))
        .isEqualTo("SET #n0 = :v0, #n1 = :v1, #n2 = :v2");
    assertThat(w.values().get(":v0")).isEqualTo(stored.get("nested"));
    assertThat(w.values().get(":v1")).isEqualTo(stored.get("optionals"));
    assertThat(w.values().get(":v2")).isEqualTo(AttributeValue.fromN("5"));
  }
}
