package dev.dynabind.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

@ExtendWith(DynamoDbExtension.class)
class DynamoDbExtensionTest {
  private final LocalDynamoDb dynamo;

  DynamoDbExtensionTest(LocalDynamoDb dynamo) {
    this.dynamo = dynamo;
  }

  @Test
  void oneTestClassSharesOneHandleAndOneCountingClient(LocalDynamoDb again) {
    assertSame(dynamo, again);
    assertSame(dynamo.client(), again.client());
    dynamo.requests().reset();

    dynamo.client().listTables();

    assertEquals(Map.of("ListTables", 1), dynamo.requests().snapshot());
  }

  @Test
  void clientsWithAFaultInjectorFailTheChosenRequestsBeforeTheyAreSent() {
    String table = dynamo.tablePrefix() + "faults";
    dynamo.client().createTable(b -> b.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
        .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
        .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH)));
    FaultInjector faults = FaultInjector.serverErrors(1, 1.0);
    DynamoDbClient failing = dynamo.client(faults);
    dynamo.requests().reset();

    assertThrows(DynamoDbException.class, () -> failing.batchWriteItem(b -> b.requestItems(
        Map.of(table, List.of(WriteRequest.builder().putRequest(PutRequest.builder()
            .item(Map.of("id", AttributeValue.fromS("a"))).build()).build())))));

    assertEquals(1, faults.serverErrors());
    // The fault is injected before sending, and the counter counts what reaches the wire.
    assertEquals(Map.of(), dynamo.requests().snapshot());
  }

  /**
   * Embedded DynamoDB Local's threads are not daemons: without the extension's care a program
   * that used it never ends. A fresh JVM runs a main that uses the server and returns.
   */
  @Test
  void aProgramUsingEmbeddedDynamoDbLocalExitsWhenItsMainReturnsAndPrintsNoBanner(
      DynamoDbServer server) throws IOException, InterruptedException {
    assumeTrue(server.kind().equals("embedded"), "only the embedded server runs in the JVM");
    Process process = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), ExitingMain.class.getName())
        .redirectErrorStream(true)
        .start();
    boolean exited = process.waitFor(120, TimeUnit.SECONDS);
    if (!exited) {
      process.destroyForcibly();
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertTrue(exited, "the JVM did not exit within 120 s");
    assertEquals(0, process.exitValue(), output);
    assertTrue(output.contains("tables: []"), output);
    assertFalse(output.contains("InMemory"), output);
  }

  /** The program run above: one request to the embedded server, then main returns. */
  static final class ExitingMain {
    public static void main(String[] args) {
      try (DynamoDbClient client = TestClients.client()) {
        System.out.println("tables: " + client.listTables().tableNames());
      }
    }
  }
}
