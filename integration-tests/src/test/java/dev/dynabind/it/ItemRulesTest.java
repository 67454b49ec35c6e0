package dev.dynabind.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynabind.runtime.Dynabind;
import dev.dynabind.testing.RequestCounter;
import dev.dynabind.testing.TestClients;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * What DynamoDB would refuse (numbers out of range or precision, key byte limits, set elements
 * that collide after number normalisation, items over 400 KB) is refused by the one validation
 * every path shares, before anything is sent, naming the table, the key and the attribute.
 */
class ItemRulesTest {
  private static final String HUGE_EXPONENT = "1E+999999999";

  private final RequestCounter counter = new RequestCounter();
  private DynamoDbClient client;
  private ReadingRepository readings;
  private NoteRepository notes;

  @BeforeEach
  void createTables() {
    client = TestClients.client(counter);
    Dynabind db = Databases.fresh(client);
    readings = new ReadingRepository(db);
    notes = new NoteRepository(db);
    readings.createTable();
    notes.createTable();
    counter.reset();
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  private IllegalArgumentException refusedBeforeSending(Executable call, String... named) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    for (String part : named) {
      assertTrue(e.getMessage().contains(part), part + " in: " + e.getMessage());
    }
    assertEquals(0, counter.total(), "requests sent: " + counter.snapshot());
    return e;
  }

  private static Reading withRaw(double raw) {
    return new Reading("s-1", BigDecimal.ONE, raw, null, null, null);
  }

  @Test
  void numbersDynamoDbWouldRefuseAreRefusedBeforeSendingNamingTableKeyAndAttribute() {
    String table = "'" + readings.tableName() + "'";
    refusedBeforeSending(() -> readings.save(withRaw(Double.NaN)), table, "s-1", "'raw'");
    refusedBeforeSending(() -> readings.save(withRaw(Double.POSITIVE_INFINITY)), "'raw'");
    IllegalArgumentException tiny = refusedBeforeSending(() -> readings.save(new Reading("s-1",
        BigDecimal.ONE, null, null, null, Map.of("gain", 1e-200))), table, "'calibration.gain'");
    assertFalse(tiny.getMessage().contains("1.0E-200"), "no attribute value: " + tiny.getMessage());
    refusedBeforeSending(() -> readings.save(new Reading("s-1", BigDecimal.ONE, null,
        Set.of(new BigDecimal("1E+126")), null, null)), "'levels'");
    BigDecimal fortyDigits = new BigDecimal("1" + "0".repeat(38) + "1");
    refusedBeforeSending(() -> readings.save(new Reading("s-1", BigDecimal.ONE, null, null,
        List.of(BigDecimal.ONE, fortyDigits), null)), "'history[1]'", "38");
    refusedBeforeSending(() -> readings.batchSave(List.of(Reading.of("s-1", "1"),
        withRaw(Double.NaN))), "#1", "'raw'");
  }

  @Test
  void numbersAtDynamoDbsLimitsAreAccepted() {
    BigDecimal largest = new BigDecimal("9.9999999999999999999999999999999999999E+125");
    BigDecimal smallest = new BigDecimal("1E-130");
    readings.save(new Reading("edge", largest, null, Set.of(smallest, largest.negate()),
        List.of(new BigDecimal("1234567890123456789012345678901234567.8")), null));
    assertEquals(1, readings.query("edge").count());
  }

  @Test
  void aKeyNumberDynamoDbWouldRefuseIsRefusedOnEveryPathWithoutExpandingIt() {
    ReadingKey key = new ReadingKey("s-1", new BigDecimal(HUGE_EXPONENT));
    String table = "'" + readings.tableName() + "'";
    refusedBeforeSending(() -> readings.get(key), table, "'value'", "1E+999999999");
    refusedBeforeSending(() -> readings.getAsync(key), "'value'");
    refusedBeforeSending(() -> readings.delete(key), "'value'");
    refusedBeforeSending(() -> readings.save(Reading.of("s-1", HUGE_EXPONENT)), "'value'");
    refusedBeforeSending(() -> readings.batchGet(List.of(key, key)), "'value'");
    refusedBeforeSending(() -> readings.batchDelete(List.of(key)), "'value'");
    refusedBeforeSending(() -> readings.batchSave(List.of(Reading.of("s-1", "1e-131"))),
        "'value'");
  }

  @Test
  void keyByteLimitsAreCheckedBeforeAnythingIsSent() {
    String table = "'" + notes.tableName() + "'";
    // é is two UTF-8 bytes: 1,025 characters are 2,050 bytes.
    refusedBeforeSending(() -> notes.save(new Note("é".repeat(1025), "p", "b")), table,
        "'owner'", "2050 bytes", "2048");
    refusedBeforeSending(() -> notes.get(new NoteKey("me", "x".repeat(1025))), "'path'", "1024");
    List<Note> batch = new ArrayList<>(IntStream.range(0, 30)
        .mapToObj(i -> new Note("me", "n" + i, "b")).toList());
    batch.add(new Note("me", "y".repeat(1025), "b"));
    refusedBeforeSending(() -> notes.batchSave(batch), "#30", "'path'");

    notes.save(new Note("o".repeat(2048), "x".repeat(1024), "at the limits"));
    assertEquals("at the limits",
        notes.get(new NoteKey("o".repeat(2048), "x".repeat(1024))).orElseThrow().body());
  }

  @Test
  void aNumberSetWhoseElementsCollideAfterNormalisationIsRefused() {
    Set<BigDecimal> levels = new HashSet<>(List.of(new BigDecimal("1.5"), new BigDecimal("1.50")));
    assertEquals(2, levels.size(), "BigDecimal.equals tells them apart; DynamoDB does not");
    List<Reading> batch = new ArrayList<>(IntStream.range(0, 30)
        .mapToObj(i -> Reading.of("s-1", Integer.toString(i))).toList());
    batch.add(new Reading("s-1", BigDecimal.TEN.pow(3), null, levels, null, null));
    refusedBeforeSending(() -> readings.batchSave(batch), "#30", "'levels'", "1000");
    refusedBeforeSending(() -> readings.save(batch.get(30)), "'levels'");
  }

  @Test
  void aSingleSaveChecksTheItemSizeAsBatchesDo() {
    refusedBeforeSending(() -> notes.save(new Note("me", "big", "x".repeat(400 * 1024))),
        "'" + notes.tableName() + "'", "me", "409600");
  }

  @Test
  void anEmptyIndexKeyIsRefusedBeforeSendingNamingAttributeAndIndex() {
    ParcelRepository parcels = new ParcelRepository(Databases.fresh(client));
    parcels.createTable();
    counter.reset();
    String table = "'" + parcels.tableName() + "'";
    refusedBeforeSending(() -> parcels.save(new Parcel("c-1", 1, "", 5, 1, null)),
        table, "'status'", "'byStatus'", "c-1");
    refusedBeforeSending(() -> parcels.batchSave(List.of(new Parcel("c-1", 1, "S1", 5, 1, null),
        new Parcel("c-1", 2, "S1", 5, 1, ""))), "'tag'", "'byTag'");
    parcels.save(new Parcel("c-1", 3, "S1", 5, 1, null)); // null: simply not in byTag
    assertEquals(1, parcels.count());
  }
}
