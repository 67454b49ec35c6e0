package dev.dynabind.runtime.internal.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class ItemIdTest {
  private static ItemId number(String text) {
    return new ItemId("t", Map.of("k", AttributeValue.fromN(text), "s", AttributeValue.fromS("a")));
  }

  @Test
  void numbersThatDynamoDbStoresAlikeAreOneItemAndKeepTheirTextForRequests() {
    for (String[] same : new String[][] {{"1.50", "1.5"}, {"100", "1E+2"}, {"100", "100.00"},
        {"0", "-0.0"}, {"7", "007"}, {"-12", "-1.2e1"}}) {
      assertEquals(number(same[0]), number(same[1]), same[0] + " vs " + same[1]);
      assertEquals(number(same[0]).hashCode(), number(same[1]).hashCode());
    }
    assertNotEquals(number("1.5"), number("1.05"));
    assertNotEquals(number("15"), number("1.5"));
    assertEquals("1.50", number("1.50").key().get("k").n());
  }

  @Test
  void stringsAndTablesStillCompareExactly() {
    assertNotEquals(new ItemId("t", Map.of("k", AttributeValue.fromS("1.50"))),
        new ItemId("t", Map.of("k", AttributeValue.fromS("1.5"))));
    assertNotEquals(new ItemId("t", Map.of("k", AttributeValue.fromN("1"))),
        new ItemId("u", Map.of("k", AttributeValue.fromN("1"))));
  }

  @Test
  void hugeExponentsAreMatchedWithoutExpandingThemIntoDigits() {
    // As plain text these are a billion characters: matching them must not build that string.
    assertEquals(number("1E+999999999"), number("10E+999999998"));
    assertEquals(number("1E+999999999").hashCode(), number("0.1E+1000000000").hashCode());
    assertNotEquals(number("1E+999999999"), number("1E+999999998"));
    assertEquals(number("1E-999999999"), number("100E-1000000001"));
    assertEquals(number("1E+2147483647"), number("1E+2147483647"));
  }

  @Test
  void numberSizeCountsDigitsWithoutExpandingExponents() {
    assertEquals(2, ItemSize.numberSize("1E+999999999"));
    assertEquals(2, ItemSize.numberSize("1.50"));
  }
}
