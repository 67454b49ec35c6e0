package dev.dynabind.runtime.internal.expr;

import static dev.dynabind.runtime.internal.expr.Refs.active;
import static dev.dynabind.runtime.internal.expr.Refs.address;
import static dev.dynabind.runtime.internal.expr.Refs.count;
import static dev.dynabind.runtime.internal.expr.Refs.id;
import static dev.dynabind.runtime.internal.expr.Refs.lines;
import static dev.dynabind.runtime.internal.expr.Refs.name;
import static dev.dynabind.runtime.internal.expr.Refs.status;
import static dev.dynabind.runtime.internal.expr.Refs.tags;
import static dev.dynabind.runtime.internal.expr.Refs.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynabind.runtime.SortKey;
import dev.dynabind.runtime.expression.AttributePath;
import dev.dynabind.runtime.expression.Condition;
import dev.dynabind.runtime.expression.StoredType;
import dev.dynabind.runtime.expression.Update;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class ExpressionWriterTest {
  private final ExpressionWriter w = new ExpressionWriter("id", "sk");

  private static AttributeValue s(String v) {
    return AttributeValue.fromS(v);
  }

  private static AttributeValue n(String v) {
    return AttributeValue.fromN(v);
  }

  @Test
  void everyComparisonOperatorPutsNamesAndValuesBehindPlaceholders() {
    assertEquals("#n0 = :v0", w.condition(name.eq("ann")));
    assertEquals("#n0 <> :v1", w.condition(name.ne("bob")));
    assertEquals("#n1 < :v2", w.condition(count.lt(10)));
    assertEquals("#n1 <= :v3", w.condition(count.le(11)));
    assertEquals("#n1 > :v4", w.condition(count.gt(12)));
    assertEquals("#n1 >= :v5", w.condition(count.ge(13)));
    assertEquals("#n1 BETWEEN :v6 AND :v7", w.condition(count.between(1, 2)));
    assertEquals("#n2 IN (:v8, :v9)", w.condition(status.in(Refs.Status.ACTIVE,
        Refs.Status.BANNED)));
    assertEquals(Map.of("#n0", "name", "#n1", "count", "#n2", "status"), w.names());
    assertEquals(List.of(s("ann"), s("bob"), n("10"), n("11"), n("12"), n("13"), n("1"), n("2"),
        s("ACTIVE"), s("BANNED")), new ArrayList<>(w.values().values()));
  }

  @Test
  void everyFunction() {
    assertEquals("attribute_exists(#n0)", w.condition(name.exists()));
    assertEquals("attribute_not_exists(#n0)", w.condition(name.notExists()));
    assertEquals("attribute_type(#n0, :v0)", w.condition(name.isType(StoredType.S)));
    assertEquals("begins_with(#n0, :v1)", w.condition(name.beginsWith("an")));
    assertEquals("contains(#n0, :v2)", w.condition(name.contains("nn")));
    assertEquals("contains(#n1, :v3)", w.condition(tags.contains("vip")));
    assertEquals("size(#n0) > :v4", w.condition(name.size().gt(3)));
    assertEquals("size(#n1) BETWEEN :v5 AND :v6", w.condition(tags.size().between(1, 5)));
    assertEquals("size(#n2) = :v7", w.condition(lines.size().eq(0)));
    assertEquals("size(#n3) <> :v8", w.condition(values.size().ne(2)));
    assertEquals(s("S"), w.values().get(":v0"));
    assertEquals(s("vip"), w.values().get(":v3"));
    assertEquals(n("3"), w.values().get(":v4"));
  }

  @Test
  void booleansAndNullsAreEncodedAsTheCodecStoresThem() {
    assertEquals("#n0 = :v0", w.condition(active.eq(true)));
    assertEquals(AttributeValue.fromBool(true), w.values().get(":v0"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> name.eq(null));
    assertTrue(e.getMessage().contains("'name'"), e.getMessage());
  }

  @Test
  void andOrNotParenthesizeOnlyWhereBindingNeedsIt() {
    Condition a = name.eq("a");
    Condition b = count.gt(1);
    Condition c = active.eq(true);
    assertEquals("#n0 = :v0 AND #n1 > :v1 OR #n2 = :v2", w.condition(a.and(b).or(c)));
    assertEquals("#n0 = :v3 AND (#n1 > :v4 OR #n2 = :v5)", w.condition(a.and(b.or(c))));
    assertEquals("NOT (#n0 = :v6 OR #n1 > :v7)", w.condition(a.or(b).not()));
    assertEquals("(#n0 = :v8 OR #n1 > :v9) AND NOT (#n2 = :v10)", w.condition(a.or(b).and(c.not())));
  }

  @Test
  void aTenantsFilterJoinsTheCallersFilterAndTheLockExclusionWithItsOwnPlaceholders() {
    ExpressionWriter scan = new ExpressionWriter("id", null);
    assertEquals("(#n0 = :v0) AND attribute_not_exists(#n1) AND begins_with(#n2, :v1)",
        scan.filter(name.eq("ann"), List.of("lockVersion"), "id", "acme#"));
    assertEquals(Map.of("#n0", "name", "#n1", "lockVersion", "#n2", "id"), scan.names());
    assertEquals(Map.of(":v0", s("ann"), ":v1", s("acme#")), scan.values());
    ExpressionWriter alone = new ExpressionWriter("id", null);
    assertEquals("begins_with(#n0, :v0)", alone.filter(null, List.of(), "id", "acme#"));
    assertEquals(null, new ExpressionWriter("id", null).filter(null, List.of(), "id", null));
  }

  @Test
  void ifAbsentAndIfPresentNameTheTablesPartitionKey() {
    ExpressionWriter other = new ExpressionWriter("order", null);
    assertEquals("attribute_not_exists(#n0)", other.condition(Condition.ifAbsent()));
    assertEquals("attribute_exists(#n0)", other.condition(Condition.ifPresent()));
    assertEquals(Map.of("#n0", "order"), other.names());
    assertEquals(Map.of(), other.values());
    assertEquals(null, other.valuesOrNull());
  }

  @Test
  void everyUpdateActionInClauseOrder() {
    Update update = Update.of(tags.deleteAll(Set.of("old")), count.add(1), name.remove(),
        status.set(Refs.Status.ACTIVE), address.city().setIfAbsent("Oslo"),
        lines.append(List.of(new Refs.Line("a", 1))));
    assertEquals("SET #n0 = if_not_exists(#n0, :v0) + :v1, #n1 = :v2,"
        + " #n2.#n3 = if_not_exists(#n2.#n3, :v3),"
        + " #n4 = list_append(if_not_exists(#n4, :v4), :v5)"
        + " REMOVE #n5 DELETE #n6 :v6", w.update(update));
    assertEquals(Map.of("#n0", "count", "#n1", "status", "#n2", "address", "#n3", "city",
        "#n4", "lines", "#n5", "name", "#n6", "tags"), w.names());
    assertEquals(n("0"), w.values().get(":v0"));
    assertEquals(n("1"), w.values().get(":v1"));
    assertEquals(AttributeValue.fromL(List.of()), w.values().get(":v4"));
    assertEquals(AttributeValue.fromSs(List.of("old")), w.values().get(":v6"));
  }

  @Test
  void addAllPrependAndWholeValues() {
    Update update = Update.of(tags.addAll(Set.of("vip")), lines.prepend(List.of()),
        address.set(new Refs.Address("Oslo", "0150")), values.setIfAbsent(Map.of("a", 1)));
    assertEquals("SET #n0 = list_append(:v0, if_not_exists(#n0, :v1)), #n1 = :v2,"
        + " #n2 = if_not_exists(#n2, :v3) ADD #n3 :v4", w.update(update));
    assertEquals(AttributeValue.fromM(Map.of("city", s("Oslo"), "zip", s("0150"))),
        w.values().get(":v2"));
  }

  @Test
  void listIndexesAndNestedPathsReuseNamePlaceholders() {
    Update update = Update.of(lines.get(2).sku().set("x"), lines.get(0).quantity().add(-1),
        lines.get(3).remove(), address.city().remove());
    assertEquals("SET #n0[2].#n1 = :v0, #n0[0].#n2 = if_not_exists(#n0[0].#n2, :v1) + :v2"
        + " REMOVE #n0[3], #n3.#n4", w.update(update));
    assertEquals(5, w.names().size());
    assertEquals("#n0[1].#n1 = :v3", w.condition(lines.get(1).sku().eq("y")));
  }

  @Test
  void mapKeysAreNamesTooEvenWithDotsAndSpaces() {
    assertEquals("SET #n0.#n1 = if_not_exists(#n0.#n1, :v0) + :v1",
        w.update(Update.of(values.get("a.b c").add(2))));
    assertEquals("a.b c", w.names().get("#n1"));
    assertEquals("values.a.b c", values.get("a.b c").path().toString());
  }

  @Test
  void reservedWordsNeverAppearInTheText() {
    String text = w.condition(status.eq(Refs.Status.ACTIVE).and(name.size().lt(3))
        .and(count.gt(0)).and(values.exists()))
        + " " + w.update(Update.of(count.add(1))) + " " + w.projection(List.of(
        status.path(), name.path(), values.path()));
    for (String reserved : List.of("status", "name", "count", "values")) {
      assertFalse(text.contains(reserved), reserved + " in " + text);
    }
    assertTrue(w.names().values().containsAll(List.of("status", "name", "count", "values")));
  }

  @Test
  void keyConditionOperators() {
    assertEquals("#n0 = :v0", w.<String>keyCondition(s("p"), null, v -> s(v)));
    assertEquals("#n0 = :v1 AND #n1 < :v2", w.keyCondition(s("p"), SortKey.lt("x"), v -> s(v)));
    assertEquals("#n0 = :v3 AND #n1 BETWEEN :v4 AND :v5",
        w.keyCondition(s("p"), SortKey.between("a", "b"), v -> s(v)));
    assertEquals("#n0 = :v6 AND begins_with(#n1, :v7)",
        w.keyCondition(s("p"), SortKey.beginsWith("a"), v -> s(v)));
    assertEquals(Map.of("#n0", "id", "#n1", "sk"), w.names());
    assertThrows(IllegalArgumentException.class, () -> new ExpressionWriter("id", null)
        .keyCondition(s("p"), SortKey.eq("x"), v -> s(v)));
  }

  @Test
  void keyConditionFilterConditionUpdateAndProjectionShareOneRequestWithoutClashes() {
    String key = w.keyCondition(s("u-1"), SortKey.ge("2024"), v -> s(v));
    String filter = w.condition(status.eq(Refs.Status.ACTIVE).and(tags.contains("vip")));
    String condition = w.condition(Condition.ifPresent().and(count.lt(10)));
    String update = w.update(Update.of(count.add(1), status.set(Refs.Status.BANNED)));
    String projection = w.projection(List.of(id.path(), status.path(),
        AttributePath.of("address").child("city")));
    String all = String.join(" | ", key, filter, condition, update, projection);

    Set<String> usedNames = found("#n\\d+", all);
    Set<String> usedValues = found(":v\\d+", all);
    assertEquals(w.names().keySet(), usedNames, all);
    assertEquals(w.values().keySet(), usedValues, all);
    // every value has its own placeholder; every name one placeholder
    assertEquals(8, w.values().size(), all);
    assertEquals(w.names().size(), new HashSet<>(w.names().values()).size());
    assertEquals("#n0 = :v0 AND #n1 >= :v1", key);
    assertEquals("attribute_exists(#n0) AND #n4 < :v4", condition);
    assertEquals("#n0, #n2, #n5.#n6", projection);
  }

  @Test
  void toStringShowsNamesButNeverValues() {
    Condition c = name.eq("secret-name").and(tags.contains("secret-tag"))
        .or(Condition.ifAbsent());
    assertEquals("name = ? AND contains(tags, ?) OR attribute_not_exists(<partition key>)",
        c.toString());
    Update u = Update.of(address.city().set("secret-city"), count.add(5),
        lines.get(1).remove());
    assertEquals("SET address.city = ?, count = if_not_exists(count, ?) + ? REMOVE lines[1]",
        u.toString());
    assertEquals("SET address.city = ?", u.actions().get(0).toString());
    assertFalse(c.toString().contains("secret") || u.toString().contains("secret"));
  }

  @Test
  void whatDynamoDbWouldRefuseIsAnIllegalArgument() {
    assertThrows(IllegalArgumentException.class, () -> Update.of(List.of()));
    assertThrows(IllegalArgumentException.class, () -> status.in(List.of()));
    Refs.Status[] many = IntStream.range(0, 101).mapToObj(i -> Refs.Status.ACTIVE)
        .toArray(Refs.Status[]::new);
    IllegalArgumentException tooMany = assertThrows(IllegalArgumentException.class,
        () -> status.in(many));
    assertTrue(tooMany.getMessage().contains("at most 100"), tooMany.getMessage());
    status.in(List.of(many).subList(0, 100));
    IllegalArgumentException overlap = assertThrows(IllegalArgumentException.class,
        () -> Update.of(address.set(new Refs.Address("a", "b")), address.city().set("c")));
    assertTrue(overlap.getMessage().contains("'address' and 'address.city'"),
        overlap.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> Update.of(count.add(1)).and(count.remove()));
    assertThrows(IllegalArgumentException.class, () -> tags.addAll(Set.of()));
    assertThrows(IllegalArgumentException.class, () -> w.projection(List.of()));
    // different list elements and sibling attributes do not overlap
    Update.of(lines.get(0).remove(), lines.get(1).sku().set("x"), address.city().remove());
  }

  private static Set<String> found(String regex, String text) {
    Set<String> out = new HashSet<>();
    Matcher m = Pattern.compile(regex).matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
