package dev.dynabind.runtime.internal.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class ItemSizeTest {
  @Test
  void sizeIsAttributeNameUtf8BytesPlusValueSizesAsDynamoDbCountsThem() {
    assertEquals(2 + 3, ItemSize.of(Map.of("id", AttributeValue.fromS("abc"))));
    assertEquals(1 + 2 + 3, ItemSize.of(Map.of("s", AttributeValue.fromS("é€"))));
    assertEquals(1 + 2, ItemSize.of(Map.of("é", AttributeValue.fromBool(true))));
    assertEquals(1 + 4, ItemSize.of(Map.of("b", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[4])))));
    assertEquals(1 + 2, ItemSize.of(Map.of("n", AttributeValue.fromN("12"))));
    assertEquals(1 + 2, ItemSize.of(Map.of("n", AttributeValue.fromN("1200"))), "trailing zeros trimmed");
    assertEquals(1 + 4, ItemSize.of(Map.of("n", AttributeValue.fromN("123.45"))));
    assertEquals(1 + 3 + (1 + 1) + (1 + 2),
        ItemSize.of(Map.of("l", AttributeValue.fromL(List.of(AttributeValue.fromS("x"),
            AttributeValue.fromS("yz"))))));
    assertEquals(1 + 3 + (1 + 1 + 1),
        ItemSize.of(Map.of("m", AttributeValue.fromM(Map.of("k", AttributeValue.fromS("v"))))));
    assertEquals(2 + 3 + 1, ItemSize.of(Map.of("ss", AttributeValue.fromSs(List.of("abc", "d")))));
    assertEquals(1 + 4, ItemSize.of(Map.of("e", AttributeValue.fromS("😀"))), "a surrogate pair is 4 bytes");
  }
}
