package dev.dynabind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynabind.runtime.ItemDecodeException;
import dev.dynabind.testing.DynamoDbExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@ExtendWith(DynamoDbExtension.class)
class ConverterTest {
  private final DynamoDbClient client;
  private PricedRepository priced;

  ConverterTest(DynamoDbClient client) {
    this.client = client;
  }

  @BeforeEach
  void createTable() {
    priced = new PricedRepository(Databases.fresh(client));
    priced.createTable();
  }

  private Map<String, AttributeValue> raw(String sku) {
    return Raw.get(client, priced.tableName(), "sku", AttributeValue.fromS(sku));
  }

  @Test
  void convertedComponentIsStoredAsTheConverterSaysAndReadsBackEqual() {
    Priced saved = new Priced("p-1", Money.of("12.30", "EUR"), List.of("sale"));
    priced.save(saved);

    assertEquals("12.30 EUR", raw("p-1").get("price").s());
    assertEquals(saved, priced.get("p-1").orElseThrow());
  }

  @Test
  void nullConvertedComponentIsNotStoredAndReadsBackNull() {
    priced.save(new Priced("p-2", null, null));

    assertFalse(raw("p-2").containsKey("price"));
    assertNull(priced.get("p-2").orElseThrow().price());
  }

  @Test
  void converterRejectingAStoredValueGivesItemDecodeExceptionNamingTheAttribute() {
    Raw.put(client, priced.tableName(),
        Map.of("sku", AttributeValue.fromS("p-3"), "price", AttributeValue.fromS("twelve")));

    ItemDecodeException e = assertThrows(ItemDecodeException.class, () -> priced.get("p-3"));

    // The codec knows the table name from @Table; the prefix is the Dynabind instance's.
    assertTrue(priced.tableName().endsWith(e.tableName()), e.tableName());
    assertEquals("price", e.attribute());
    assertTrue(e.key().contains("p-3"), e.key());
    // Issue 10, item 19: the converter's exception is named, no longer kept as the cause.
    assertTrue(e.getMessage().contains(IllegalArgumentException.class.getName()), e.getMessage());
  }

  @Test
  void noExceptionInTheChainOfAConverterFailureCarriesTheStoredValue() {
    String stored = "secret-4711";
    Raw.put(client, priced.tableName(),
        Map.of("sku", AttributeValue.fromS("p-4"), "price", AttributeValue.fromS(stored)));

    ItemDecodeException e = assertThrows(ItemDecodeException.class, () -> priced.get("p-4"));

    for (Throwable t = e; t != null; t = t.getCause()) {
      assertFalse(String.valueOf(t.getMessage()).contains(stored), t.toString());
      for (Throwable s : t.getSuppressed()) {
        assertFalse(String.valueOf(s.getMessage()).contains(stored), s.toString());
      }
    }
    assertNull(e.getCause());
  }
}
