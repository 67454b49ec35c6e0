package dev.dynabind.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynabind.testing.DynamoDbExtension;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@ExtendWith(DynamoDbExtension.class)
class ScalarRoundTripTest {
  private static final UUID ID = UUID.fromString("3f2a9c1e-7b4d-4e0a-9f6b-2c8d1e5a7b90");

  private final DynamoDbClient client;
  private ScalarsRepository scalars;

  ScalarRoundTripTest(DynamoDbClient client) {
    this.client = client;
  }

  @BeforeEach
  void createTable() {
    scalars = new ScalarsRepository(Databases.fresh(client));
    scalars.createTable();
  }

  private static Scalars sample(String id) {
    return new Scalars(id, "héllo wörld ✓", true, Boolean.FALSE, 'Z', 'é',
        Byte.MIN_VALUE, Byte.MAX_VALUE, Short.MIN_VALUE, Short.MAX_VALUE,
        Integer.MIN_VALUE, Integer.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE,
        1.5f, 0.1f, 0.1d, 6.02E23,
        new BigDecimal("123456789012345678901234567890.12345678"),
        BigInteger.TWO.pow(100),
        "raw bytes".getBytes(StandardCharsets.UTF_8),
        SdkBytes.fromByteArray(new byte[] {0, 1, 2, (byte) 0xff}),
        ID, Color.GREEN);
  }

  @Test
  void everyScalarTypeReadsBackEqual() {
    Scalars saved = sample("s-1");
    scalars.save(saved);

    Scalars read = scalars.get("s-1").orElseThrow();

    assertEquals(saved.id(), read.id());
    assertEquals(saved.text(), read.text());
    assertEquals(saved.flag(), read.flag());
    assertEquals(saved.flagBox(), read.flagBox());
    assertEquals(saved.letter(), read.letter());
    assertEquals(saved.letterBox(), read.letterBox());
    assertEquals(saved.tiny(), read.tiny());
    assertEquals(saved.tinyBox(), read.tinyBox());
    assertEquals(saved.small(), read.small());
    assertEquals(saved.smallBox(), read.smallBox());
    assertEquals(saved.count(), read.count());
    assertEquals(saved.countBox(), read.countBox());
    assertEquals(saved.big(), read.big());
    assertEquals(saved.bigBox(), read.bigBox());
    assertEquals(saved.ratio(), read.ratio());
    assertEquals(saved.ratioBox(), read.ratioBox());
    assertEquals(saved.precise(), read.precise());
    // 6.02E23 is sent in scientific notation and comes back as 602000000000000000000000.
    assertEquals(saved.preciseBox(), read.preciseBox());
    assertEquals(0, saved.amount().compareTo(read.amount()));
    assertEquals(saved.huge(), read.huge());
    assertArrayEquals(saved.raw(), read.raw());
    assertEquals(saved.blob(), read.blob());
    assertEquals(saved.uuid(), read.uuid());
    assertEquals(saved.color(), read.color());
  }

  @Test
  void scalarsAreStoredAsTheirDocumentedDynamoDbTypes() {
    scalars.save(sample("s-2"));

    Map<String, AttributeValue> item = Raw.get(client, scalars.tableName(), "s-2");

    assertEquals("héllo wörld ✓", item.get("text").s());
    assertEquals(Boolean.TRUE, item.get("flag").bool());
    assertEquals("Z", item.get("letter").s());
    assertEquals("-128", item.get("tiny").n());
    assertEquals("9223372036854775807", item.get("bigBox").n());
    assertEquals("1.5", item.get("ratio").n());
    assertEquals("1267650600228229401496703205376", item.get("huge").n());
    assertEquals("raw bytes", item.get("raw").b().asUtf8String());
    assertEquals(SdkBytes.fromByteArray(new byte[] {0, 1, 2, (byte) 0xff}), item.get("blob").b());
    assertEquals(ID.toString(), item.get("uuid").s());
    assertEquals("GREEN", item.get("color").s());
  }

  @Test
  void bigDecimalTrailingZerosAreNormalizedByDynamoDbSoCompareWithCompareTo() {
    // DynamoDB stores numbers normalized: 12.50 comes back as 12.5, equal by compareTo only.
    Scalars saved = withAmount("s-3", new BigDecimal("12.50"));
    scalars.save(saved);

    BigDecimal read = scalars.get("s-3").orElseThrow().amount();

    assertEquals(0, new BigDecimal("12.50").compareTo(read));
    assertEquals("12.5", Raw.get(client, scalars.tableName(), "s-3").get("amount").n());
  }

  @Test
  void negativeAndFractionalBigDecimalsKeepTheirValue() {
    scalars.save(withAmount("s-4", new BigDecimal("-0.000000000000000000000000000001")));

    assertEquals(0, new BigDecimal("-1E-30")
        .compareTo(scalars.get("s-4").orElseThrow().amount()));
  }

  @Test
  void nullComponentsAreNotStoredAndPrimitivesAreStoredAsTheirDefaults() {
    scalars.save(Scalars.onlyKey("s-5"));

    Map<String, AttributeValue> item = Raw.get(client, scalars.tableName(), "s-5");
    for (String boxed : new String[] {"text", "flagBox", "letterBox", "tinyBox", "smallBox",
        "countBox", "bigBox", "ratioBox", "preciseBox", "amount", "huge", "raw", "blob", "uuid",
        "color"}) {
      assertFalse(item.containsKey(boxed), boxed + " must not be stored");
    }
    assertEquals("0", item.get("count").n());
    assertEquals(Boolean.FALSE, item.get("flag").bool());

    Scalars read = scalars.get("s-5").orElseThrow();
    assertNull(read.text());
    assertNull(read.flagBox());
    assertNull(read.letterBox());
    assertNull(read.tinyBox());
    assertNull(read.smallBox());
    assertNull(read.countBox());
    assertNull(read.bigBox());
    assertNull(read.ratioBox());
    assertNull(read.preciseBox());
    assertNull(read.amount());
    assertNull(read.huge());
    assertNull(read.raw());
    assertNull(read.blob());
    assertNull(read.uuid());
    assertNull(read.color());
    assertFalse(read.flag());
    assertEquals(0, read.count());
    assertEquals(0L, read.big());
    assertEquals('\0', read.letter());
  }

  @Test
  void absentAttributesReadAsNullAndPrimitivesAsJavaDefaults() {
    Raw.put(client, scalars.tableName(), Map.of("id", AttributeValue.fromS("s-6")));

    Scalars read = scalars.get("s-6").orElseThrow();

    assertEquals(Scalars.onlyKey("s-6").toString(), read.toString());
    assertFalse(read.flag());
    assertEquals('\0', read.letter());
    assertEquals((byte) 0, read.tiny());
    assertEquals((short) 0, read.small());
    assertEquals(0, read.count());
    assertEquals(0L, read.big());
    assertEquals(0f, read.ratio());
    assertEquals(0d, read.precise());
    assertNull(read.text());
    assertNull(read.raw());
    assertNull(read.color());
  }

  @Test
  void storedNullAttributesReadAsAbsent() {
    Raw.put(client, scalars.tableName(), Map.of("id", AttributeValue.fromS("s-7"),
        "text", AttributeValue.fromNul(true), "count", AttributeValue.fromNul(true)));

    Scalars read = scalars.get("s-7").orElseThrow();

    assertNull(read.text());
    assertEquals(0, read.count());
  }

  @Test
  void emptyStringAndEmptyBinaryOutsideTheKeyRoundTrip() {
    Scalars saved = new Scalars("s-8", "", false, null, '\0', null, (byte) 0, null, (short) 0,
        null, 0, null, 0L, null, 0f, null, 0d, null, null, null, new byte[0], null, null, null);
    scalars.save(saved);

    Scalars read = scalars.get("s-8").orElseThrow();

    assertEquals("", read.text());
    assertTrue(read.raw() != null && read.raw().length == 0);
  }

  private static Scalars withAmount(String id, BigDecimal amount) {
    Scalars s = Scalars.onlyKey(id);
    return new Scalars(s.id(), s.text(), s.flag(), s.flagBox(), s.letter(), s.letterBox(),
        s.tiny(), s.tinyBox(), s.small(), s.smallBox(), s.count(), s.countBox(), s.big(),
        s.bigBox(), s.ratio(), s.ratioBox(), s.precise(), s.preciseBox(), amount, s.huge(),
        s.raw(), s.blob(), s.uuid(), s.color());
  }
}
