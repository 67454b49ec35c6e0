package dev.dynabind.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynabind.testing.DynamoDbServer;
import dev.dynabind.testing.TestClients;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** The CLI run as its own process against DynamoDB Local: output, exit codes, progress lines. */
class CliProcessTest {
  @TempDir
  Path dir;

  record Run(int exit, String out, String err) {}

  private Run cli(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        // Short-lived processes on a shared machine: start fast rather than peak.
        "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectOutput(dir.resolve("out").toFile()).redirectError(dir.resolve("err").toFile());
    builder.environment().putAll(Map.of("AWS_ACCESS_KEY_ID", "dynabind",
        "AWS_SECRET_ACCESS_KEY", "local", "AWS_REGION", "us-east-1"));
    int exit = builder.start().waitFor();
    return new Run(exit, Files.readString(dir.resolve("out")), Files.readString(dir.resolve("err")));
  }

  private static String table(DynamoDbClient client) {
    String name = TestClients.uniquePrefix() + "cli";
    client.createTable(b -> b.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
        .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
        .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S)));
    return name;
  }

  @Test
  void exportCountImportAndErrorsAsAProcess() throws Exception {
    String endpoint = DynamoDbServer.shared().endpoint().toString();
    try (DynamoDbClient client = TestClients.client()) {
      String source = table(client);
      for (int i = 0; i < 300; i++) {
        int n = i;
        client.putItem(b -> b.tableName(source).item(Map.of("id", AttributeValue.fromS("i" + n),
            "n", AttributeValue.fromN(Integer.toString(n)))));
      }
      Path file = dir.resolve("items.json.gz");

      Run export = cli("export", source, "--endpoint", endpoint, "--gzip", "--segments", "2",
          "--progress-every", "PT0S", "-o", file.toString());
      assertEquals(0, export.exit(), export.err());
      // Not a terminal: plain progress lines, the total counted first, then the summary.
      assertTrue(export.err().lines().anyMatch(
          l -> l.matches("export: \\d+ items, \\d+ items/s, total 300")), export.err());
      assertTrue(export.err().endsWith("export done: 300 items" + System.lineSeparator()),
          export.err());

      Run count = cli("count", source, "--endpoint", endpoint, "--filter", "n >= :m",
          "--value", ":m={\"N\":\"100\"}");
      assertEquals(0, count.exit(), count.err());
      assertEquals("200", count.out().strip());

      String target = table(client);
      Run imported = cli("import", target, "--endpoint", endpoint, "-i", file.toString());
      assertEquals(0, imported.exit(), imported.err());
      assertTrue(imported.err().endsWith("import done: 300 items" + System.lineSeparator()),
          imported.err());
      assertEquals(300, client.scan(b -> b.tableName(target)).count());

      Run scan = cli("scan", target, "--endpoint", endpoint, "--filter", "id = :i",
          "--value", ":i={\"S\":\"i7\"}");
      assertEquals(1, scan.out().strip().lines().count(), scan.out());
      assertTrue(scan.out().contains("\"id\":\"i7\"") && scan.out().contains("\"n\":7"),
          scan.out());

      Path bad = dir.resolve("bad.csv");
      Files.writeString(bad, "id,n\na,1\n,2\n", StandardCharsets.UTF_8);
      Run rejected = cli("import", target, "--endpoint", endpoint, "--format", "CSV",
          "-i", bad.toString());
      assertEquals(Main.REJECTED_RECORDS, rejected.exit(), rejected.err());
      assertTrue(rejected.err().contains("skipped line 3 (record 2)"), rejected.err());

      Run missing = cli("count", "no-such-table", "--endpoint", endpoint);
      assertEquals(1, missing.exit());
      assertEquals(1, missing.err().lines().count(), missing.err());
      assertTrue(missing.err().startsWith("dynabind: "), missing.err());

      assertEquals(2, cli("export", source, "--segments", "x").exit());
    }
  }

  @Test
  void aTenantSeesOnlyItsItemsWithoutThePrefix() throws Exception {
    String endpoint = DynamoDbServer.shared().endpoint().toString();
    try (DynamoDbClient client = TestClients.client()) {
      String table = table(client);
      for (String tenant : List.of("acme", "globex")) {
        for (int i = 0; i < (tenant.equals("acme") ? 5 : 3); i++) {
          int n = i;
          client.putItem(b -> b.tableName(table).item(Map.of(
              "id", AttributeValue.fromS(tenant + "#i" + n), "n", AttributeValue.fromN("" + n))));
        }
      }
      Run count = cli("count", table, "--endpoint", endpoint, "--tenant", "globex");
      assertEquals(0, count.exit(), count.err());
      assertEquals("3", count.out().strip());
      Run scan = cli("scan", table, "--endpoint", endpoint, "--tenant", "acme");
      assertEquals(5, scan.out().strip().lines().count(), scan.out());
      assertTrue(scan.out().contains("\"id\":\"i4\"") && !scan.out().contains("#"),
          scan.out());
      Run bad = cli("count", table, "--endpoint", endpoint, "--tenant", "a#b");
      assertEquals(1, bad.exit(), bad.err());
      assertTrue(bad.err().startsWith("dynabind: tenantId must be"), bad.err());
    }
  }
}
