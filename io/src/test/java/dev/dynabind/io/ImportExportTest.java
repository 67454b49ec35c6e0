package dev.dynabind.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynabind.testing.TestClients;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Fixtures shaped as AWS writes them, bad CSV rows, resumption and bounded buffering. */
class ImportExportTest {
  private static DynamoDbClient client;

  @BeforeAll
  static void start() {
    client = TestClients.client();
  }

  @AfterAll
  static void close() {
    client.close();
  }

  @Test
  void awsExportShapedFileImportsEveryTypeExactly() throws Exception {
    ProductRepository products = Catalogue.table(client);
    ImportResult result;
    try (InputStream in = getClass().getResourceAsStream("/aws-export.json")) {
      result = TableImport.of(products).format(Format.DYNAMODB_JSON).from(in);
    }
    assertEquals(new ImportCheckpoint(3, 3, 0), result.checkpoint());
    Product first = products.get("aws-1").orElseThrow();
    assertEquals("Book 103 Title", first.name());
    assertEquals(600, first.stock());
    assertEquals(java.util.Set.of("Author1", "Author2"), first.tags());
    assertEquals(java.util.Set.of(1, 2), first.sizes());
    assertEquals(java.util.Set.of(SdkBytes.fromByteArray(new byte[] {1, 2})), first.blobs());
    assertEquals(List.of(0, 1, 2), List.of((int) first.image()[0], (int) first.image()[1],
        (int) first.image()[2]));
    assertEquals(java.util.Arrays.asList("a", null), first.notes());
    assertEquals(8.5, first.box().value());
    assertEquals(Product.Category.TOOL, products.get("aws-2").orElseThrow().category());
    assertEquals(9007199254740993L, products.get("aws-3").orElseThrow().views(),
        "a long beyond a double's precision");
  }

  @Test
  void csvWithThreeBadRowsReportsExactlyThoseAndWritesTheRest() {
    ProductRepository products = Catalogue.table(client);
    String csv = "id,stock,active,tags,box\n"
        + "c-1,1,true,\"[\"\"a\"\"]\",\"{\"\"unit\"\":\"\"cm\"\",\"\"value\"\":2}\"\n"
        + "c-2,many,true,,\n"                                  // line 3: stock not a number
        + "c-3,3,false,,\n"
        + "c-4,4,yes,,\n"                                      // line 5: active not a boolean
        + "c-5,5,true,\"[1,2]\",\n"                            // line 6: tags hold numbers
        + "\"c-6\nwrapped\",6,true,,\n"                        // lines 7-8: a quoted line break
        + "c-7,7,true,,\n";
    List<ImportProblem> seen = new ArrayList<>();
    ImportResult result = TableImport.of(products).format(Format.CSV).onProblem(seen::add)
        .from(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));

    assertEquals(new ImportCheckpoint(7, 4, 3), result.checkpoint());
    assertEquals(List.of(
        new ImportProblem(2, 3, "stock", "expected a number"),
        new ImportProblem(4, 5, "active", "expected true or false"),
        new ImportProblem(5, 6, "tags[0]", "expected a string")), result.problems());
    assertEquals(result.problems(), seen);
    assertEquals(List.of("a"), List.copyOf(products.get("c-1").orElseThrow().tags()));
    assertEquals(7, products.get("c-7").orElseThrow().stock());
    assertTrue(products.get("c-6\nwrapped").isPresent());
    assertFalse(products.get("c-2").isPresent());
  }

  @Test
  void importStoppedHalfwayAndResumedFromItsCheckpointWritesEveryRecordOnce() {
    ProductRepository products = Catalogue.table(client);
    StringBuilder file = new StringBuilder();
    for (int i = 1; i <= 400; i++) {
      file.append("{\"id\":\"r-").append(i).append("\",\"stock\":")
          .append(i == 200 ? "\"broken\"" : String.valueOf(i)).append("}\n");
    }
    ImportException stopped = assertThrows(ImportException.class, () -> TableImport.of(products)
        .format(Format.JSON_LINES).stopOnBadRecord(true).from(new ByteArrayInputStream(
            file.toString().getBytes(StandardCharsets.UTF_8))));
    ImportCheckpoint checkpoint = stopped.result().checkpoint();
    assertEquals(new ImportCheckpoint(199, 199, 0), checkpoint);
    // The text form is what a caller keeps between runs.
    ImportCheckpoint kept = ImportCheckpoint.parse(checkpoint.toString());
    // Record 1 changed in the file proves the resumed run skipped what was done: were it read
    // again, item r-1 would be overwritten with 9999.
    String mended = file.toString().replace("\"stock\":\"broken\"", "\"stock\":200")
        .replace("{\"id\":\"r-1\",\"stock\":1}", "{\"id\":\"r-1\",\"stock\":9999}");
    ImportResult resumed = TableImport.of(products).format(Format.JSON_LINES).resumeFrom(kept)
        .from(new ByteArrayInputStream(mended.getBytes(StandardCharsets.UTF_8)));
    assertEquals(new ImportCheckpoint(400, 400, 0), resumed.checkpoint());
    List<Product> all = products.scan().toList();
    assertEquals(400, all.size());
    for (Product product : all) {
      assertEquals(Integer.parseInt(product.id().substring(2)), product.stock());
    }
  }

  @Test
  void badRecordStopsTheImportWhenAskedWithACheckpointBeforeIt() {
    ProductRepository products = Catalogue.table(client);
    String lines = "{\"id\":\"j-1\",\"stock\":1}\n{\"id\":\"j-2\",\"stock\":\"x\"}\n"
        + "{\"id\":\"j-3\",\"stock\":3}\n";
    ImportException stopped = assertThrows(ImportException.class, () -> TableImport.of(products)
        .format(Format.JSON_LINES).stopOnBadRecord(true)
        .from(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8))));
    assertEquals(new ImportCheckpoint(1, 1, 0), stopped.result().checkpoint());
    assertTrue(stopped.getMessage().contains("line 2 (record 2), attribute 'stock'"),
        stopped.getMessage());
    assertTrue(products.get("j-1").isPresent());
    assertFalse(products.get("j-3").isPresent());
  }

  @Test
  void exportInterruptedAtHalfAndResumedYieldsEveryItemExactlyOnce() throws Exception {
    int items = 2_000;
    ProductRepository source = Catalogue.table(client);
    source.batchSave(Catalogue.products(items));
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    AtomicReference<ExportCheckpoint> last = new AtomicReference<>();
    ExportException stopped = assertThrows(ExportException.class, () -> TableExport.of(source)
        .format(Format.JSON_LINES).gzip(true).segments(4).pageSize(50)
        .progress(p -> {
          last.set(p.checkpoint());
          if (p.items() >= items / 2) {
            throw new IllegalStateException("stop here");
          }
        }).to(file));
    assertEquals(last.get(), stopped.checkpoint());
    long half = stopped.checkpoint().items();
    assertTrue(half >= items / 2 && half < items, "stopped at " + half);

    ExportCheckpoint resumed = ExportCheckpoint.parse(stopped.checkpoint().toString());
    ExportCheckpoint done = TableExport.of(source).format(Format.JSON_LINES).gzip(true)
        .pageSize(50).resumeFrom(resumed).to(file);
    assertEquals(items, done.items());

    Map<String, Integer> seen = new HashMap<>();
    try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(
        new java.util.zip.GZIPInputStream(new ByteArrayInputStream(file.toByteArray())),
        StandardCharsets.UTF_8))) {
      in.lines().forEach(line -> seen.merge(line.substring(7, 15), 1, Integer::sum));
    }
    assertEquals(items, seen.size());
    assertTrue(seen.values().stream().allMatch(n -> n == 1), "every item exactly once");
  }

  /**
   * The bound does not grow with the table: CI runs 3,000 items; the 200,000 run is
   * {@code -Ddynabind.io.exportItems=200000}.
   */
  @Test
  void exportHoldsAtMostOnePagePerSegmentWhateverTheTableSize() {
    ProductRepository source = Catalogue.table(client);
    int items = Integer.getInteger("dynabind.io.exportItems", 3_000);
    source.batchSave(Catalogue.products(items));
    TableExport export = TableExport.of(source).format(Format.CSV).segments(2).pageSize(100);
    long[] bytes = {0};
    ExportCheckpoint done = export.to(new OutputStream() {
      @Override
      public void write(int b) {
        bytes[0]++;
      }

      @Override
      public void write(byte[] b, int off, int len) {
        bytes[0] += len;
      }
    });
    assertEquals(items, done.items());
    assertTrue(export.peakBuffered <= 2 * 100, "buffered " + export.peakBuffered);
    assertTrue(bytes[0] > items * 100L, "everything was written: " + bytes[0]);
  }
}
