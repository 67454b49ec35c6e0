package dev.dynabind.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynabind.runtime.RawTable;
import dev.dynabind.testing.TestClients;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Export then import of a catalogue of every stored type in each format leaves an identical
 * table, proved by a full scan of both. The size is {@value #DEFAULT_ITEMS} items unless the
 * system property {@code dynabind.io.roundTripItems} says otherwise (the 50,000: {@code
 * -Ddynabind.io.roundTripItems=50000}).
 */
class RoundTripTest {
  private static final int DEFAULT_ITEMS = 2_000;
  private static final int ITEMS = Integer.getInteger("dynabind.io.roundTripItems", DEFAULT_ITEMS);

  private static DynamoDbClient client;
  private static ProductRepository source;
  private static Map<String, Map<String, AttributeValue>> expected;

  @BeforeAll
  static void fillSource() {
    client = TestClients.client();
    source = Catalogue.table(client);
    source.batchSave(Catalogue.products(ITEMS));
    expected = Catalogue.scan(client, source.tableName());
    assertEquals(ITEMS, expected.size());
  }

  @AfterAll
  static void close() {
    client.close();
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void typedExportThenImportLeavesAnIdenticalTable(Format format) {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    ExportCheckpoint done = TableExport.of(source).format(format).segments(3).to(file);
    assertTrue(done.complete());
    assertEquals(ITEMS, done.items());

    ProductRepository target = Catalogue.table(client);
    ImportResult result = TableImport.of(target).format(format)
        .from(new ByteArrayInputStream(file.toByteArray()));

    assertEquals(new ImportCheckpoint(ITEMS, ITEMS, 0), result.checkpoint(),
        () -> result.problems().toString());
    assertEquals(expected, Catalogue.scan(client, target.tableName()));
  }

  @ParameterizedTest
  @EnumSource(value = Format.class, names = "DYNAMODB_JSON")
  void genericDynamoJsonRoundTripsExactlyWithoutARecordAndGzipped(Format format) {
    RawTable raw = RawTable.describe(source.db(), "products");
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    TableExport.of(raw).format(format).gzip(true).to(file);
    assertEquals(0x1f, file.toByteArray()[0] & 0xff, "gzip magic");

    ProductRepository target = Catalogue.table(client);
    RawTable copy = RawTable.describe(target.db(), "products");
    ImportResult result = TableImport.of(copy).format(format)
        .from(new ByteArrayInputStream(file.toByteArray()));

    assertEquals(ITEMS, result.checkpoint().written());
    assertEquals(expected, Catalogue.scan(client, target.tableName()));
  }
}
