package dev.dynabind.it;

import static dev.dynabind.it.MemberAttributes.comment;
import static dev.dynabind.it.MemberAttributes.count;
import static dev.dynabind.it.MemberAttributes.expiresAt;
import static dev.dynabind.it.MemberAttributes.home;
import static dev.dynabind.it.MemberAttributes.status;
import static dev.dynabind.it.MemberAttributes.tags;
import static dev.dynabind.it.MemberAttributes.values;
import static dev.dynabind.it.MemberAttributes.year;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dynabind.runtime.SortKey;
import dev.dynabind.runtime.expression.Condition;
import dev.dynabind.runtime.expression.Update;
import dev.dynabind.runtime.internal.expr.ExpressionWriter;
import dev.dynabind.testing.DynamoDbExtension;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * Expressions from the writer and the generated references, sent with the plain SDK client: the
 * real server accepts them, with reserved words as names and nested paths.
 */
@ExtendWith(DynamoDbExtension.class)
class ExpressionWriterItTest {
  private static final MemberCodec CODEC = MemberCodec.INSTANCE;
  private final DynamoDbClient client;
  private String table;

  ExpressionWriterItTest(DynamoDbClient client) {
    this.client = client;
  }

  @BeforeEach
  void createTable() {
    MemberRepository members = new MemberRepository(Databases.fresh(client));
    members.createTable();
    table = members.tableName();
  }

  private static Member ann() {
    return new Member("ann", 2024, Color.GREEN, 3, Set.of("new"), List.of("first"),
        Map.of("a.b", 1), new Member.Home("Bergen", 2), Instant.parse("2030-01-01T00:00:00Z"));
  }

  private void put(Member item, Condition condition) {
    ExpressionWriter w = new ExpressionWriter("name", "year");
    String expression = w.condition(condition);
    client.putItem(b -> b.tableName(table).item(CODEC.encode(item))
        .conditionExpression(expression).expressionAttributeNames(w.names())
        .expressionAttributeValues(w.valuesOrNull()));
  }

  private Member update(Update update, Condition condition) {
    ExpressionWriter w = new ExpressionWriter("name", "year");
    String updateExpression = w.update(update);
    String conditionExpression = w.condition(condition);
    Map<String, AttributeValue> key = CODEC.encodeKey(new MemberKey("ann", 2024));
    return CODEC.decode(client.updateItem(b -> b.tableName(table).key(key)
        .updateExpression(updateExpression).conditionExpression(conditionExpression)
        .expressionAttributeNames(w.names()).expressionAttributeValues(w.valuesOrNull())
        .returnValues(ReturnValue.ALL_NEW)).attributes());
  }

  @Test
  void aConditionalPutIsAcceptedAndItsConditionHolds() {
    put(ann(), Condition.ifAbsent());
    assertThrows(ConditionalCheckFailedException.class, () -> put(ann(), Condition.ifAbsent()));
    put(ann(), status.eq(Color.GREEN).and(count.lt(10)).and(home.rooms().between(1, 3))
        .and(tags.contains("new")).and(values.get("a.b").eq(1)).and(comment.size().eq(1)));
    assertThrows(ConditionalCheckFailedException.class,
        () -> put(ann(), status.in(Color.RED, Color.BLUE).or(home.city().beginsWith("O"))));
  }

  @Test
  void anUpdateOfNestedPathsAndReservedNamesChangesExactlyThoseAttributes() {
    put(ann(), Condition.ifAbsent());
    Member after = update(Update.of(count.add(1), tags.addAll(Set.of("vip")),
        home.city().set("Oslo"), home.rooms().add(-1), comment.append(List.of("second")),
        values.get("a.b").add(5), values.get("c").setIfAbsent(7), expiresAt.remove(),
        status.set(Color.BLUE)),
        Condition.ifPresent().and(tags.contains("new")).and(year.eq(2024L)));

    assertEquals(new Member("ann", 2024, Color.BLUE, 4, Set.of("new", "vip"),
        List.of("first", "second"), Map.of("a.b", 6, "c", 7), new Member.Home("Oslo", 1), null),
        after);
    Member removed = update(Update.of(comment.get(0).remove(), tags.deleteAll(Set.of("new"))),
        count.ge(4));
    assertEquals(List.of("second"), removed.comment());
    assertEquals(Set.of("vip"), removed.tags());
    assertThrows(ConditionalCheckFailedException.class,
        () -> update(Update.of(count.add(1)), count.gt(100).or(home.notExists())));
  }

  @Test
  void aQueryCombinesKeyConditionFilterAndProjectionInOneRequest() {
    put(ann(), Condition.ifAbsent());
    put(new Member("ann", 2025, Color.RED, 9, null, null, null, null, null),
        Condition.ifAbsent());
    ExpressionWriter w = new ExpressionWriter("name", "year");
    String key = w.keyCondition(AttributeValue.fromS("ann"), SortKey.ge(2000L),
        v -> AttributeValue.fromN(v.toString()));
    String filter = w.condition(status.ne(Color.RED).and(home.rooms().exists()));
    String projection = w.projection(List.of(MemberAttributes.name.path(), year.path(),
        home.city().path(), values.get("a.b").path()));
    QueryResponse response = client.query(b -> b.tableName(table).keyConditionExpression(key)
        .filterExpression(filter).projectionExpression(projection)
        .expressionAttributeNames(w.names()).expressionAttributeValues(w.values()));
    assertEquals(1, response.count());
    Map<String, AttributeValue> item = response.items().get(0);
    assertEquals(Set.of("name", "year", "home", "values"), item.keySet());
    assertEquals(Map.of("city", AttributeValue.fromS("Bergen")), item.get("home").m());
  }
}
