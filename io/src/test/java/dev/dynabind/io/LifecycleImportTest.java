package dev.dynabind.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynabind.runtime.Dynabind;
import dev.dynabind.testing.MutableClock;
import dev.dynabind.testing.TestClients;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Imports into lifecycle tables: a {@code @Version} table takes only a restore, which stores ids,
 * timestamps and versions exactly as exported; without restore an import stamps as
 * {@code batchSave} does.
 */
class LifecycleImportTest {
  private static final Instant START = Instant.parse("2026-03-01T09:00:00Z");

  private static DynamoDbClient client;
  private final MutableClock clock = new MutableClock(START);

  @BeforeAll
  static void open() {
    client = TestClients.client();
  }

  @AfterAll
  static void close() {
    client.close();
  }

  private Dynabind db() {
    return Dynabind.builder().client(client).tableNamePrefix(TestClients.uniquePrefix())
        .clock(clock).build();
  }

  private RevisionRepository revisions() {
    RevisionRepository revisions = new RevisionRepository(db());
    revisions.createTable();
    return revisions;
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void aRestoreKeepsIdsTimestampsAndVersionsAsExported(Format format) {
    RevisionRepository source = revisions();
    Revision first = source.save(new Revision(null, "one", null, null, 0));
    source.save(new Revision(null, "two", null, null, 0));
    clock.advance(Duration.ofHours(1));
    source.save(new Revision(first.id(), "one, edited", first.createdAt(), null, 1));
    Map<String, Map<String, AttributeValue>> exported = Catalogue.scan(client, source.tableName());
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    TableExport.of(source).format(format).to(file);

    clock.advance(Duration.ofDays(1));
    RevisionRepository target = revisions();
    ImportResult result = TableImport.of(target).format(format).restore(true)
        .from(new ByteArrayInputStream(file.toByteArray()));

    assertEquals(new ImportCheckpoint(2, 2, 0), result.checkpoint(),
        () -> result.problems().toString());
    assertEquals(exported, Catalogue.scan(client, target.tableName()));
    Revision restored = target.get(first.id()).orElseThrow();
    assertEquals(2L, restored.version());
    assertEquals(START, restored.createdAt());
    // Writers that read the backup's versions go on saving.
    assertEquals(3L, target.save(restored).version());
  }

  @Test
  void anImportIntoAVersionedTableIsRefusedUnlessItRestores() {
    RevisionRepository target = revisions();
    byte[] file = "{\"id\":\"r-1\",\"text\":\"x\",\"version\":4}\n"
        .getBytes(StandardCharsets.UTF_8);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TableImport.of(target).format(Format.JSON_LINES)
            .from(new ByteArrayInputStream(file)));
    assertTrue(e.getMessage().contains("'version'"), e.getMessage());
    assertTrue(e.getMessage().contains("restore(true)"), e.getMessage());
    assertTrue(Catalogue.scan(client, target.tableName()).isEmpty(), "nothing was written");
  }

  @Test
  void anImportWithoutRestoreStampsAsBatchSaveDoes() {
    DraftRepository drafts = new DraftRepository(db());
    drafts.createTable();
    byte[] file = ("{\"text\":\"new\"}\n"
        + "{\"id\":\"d-1\",\"text\":\"old\",\"createdAt\":\"2020-01-01T00:00:00Z\","
        + "\"updatedAt\":\"2021-01-01T00:00:00Z\"}\n").getBytes(StandardCharsets.UTF_8);
    ImportResult result = TableImport.of(drafts).format(Format.JSON_LINES)
        .from(new ByteArrayInputStream(file));
    assertEquals(2, result.checkpoint().written(), () -> result.problems().toString());

    List<Draft> all = drafts.scan().toList();
    Draft generated = all.stream().filter(d -> d.text().equals("new")).findFirst().orElseThrow();
    assertNotNull(generated.id());
    assertEquals(START, generated.createdAt());
    Draft old = drafts.get("d-1").orElseThrow();
    assertEquals(Instant.parse("2020-01-01T00:00:00Z"), old.createdAt());
    assertEquals(START, old.updatedAt());

    DraftRepository copy = new DraftRepository(db());
    copy.createTable();
    TableImport.of(copy).format(Format.JSON_LINES).restore(true)
        .from(new ByteArrayInputStream(file, 15, file.length - 15));
    assertEquals(Instant.parse("2021-01-01T00:00:00Z"),
        copy.get("d-1").orElseThrow().updatedAt());
  }
}
