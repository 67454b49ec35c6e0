package dev.dynabind.it.demo;

import dev.dynabind.runtime.Dynabind;
import dev.dynabind.testing.DynamoDbServer;
import java.io.PrintStream;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Runs Dynabind against DynamoDB Local and prints what it does: tables created from annotated
 * records, items saved, read and queried through the generated repositories, conditional writes
 * and in-place updates, generated ids, timestamps and versions, tenants kept apart, and a bad key
 * rejected before anything is sent. Exits 0 when every step did what it should, 1 otherwise.
 *
 * <p>Run it with {@code mvn -B -q -Pdemo -DskipTests verify} from the repository root. Set
 * {@code DYNAMODB_ENDPOINT} to use a DynamoDB that is already running.
 */
public final class Demo {
  private Demo() {}

  /**
   * Runs the demo and exits: DynamoDB Local leaves a non-daemon thread behind, so the JVM is
   * ended explicitly.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    int status = 1;
    try {
      run(System.out);
      status = 0;
    } catch (RuntimeException | Error e) {
      System.err.println("Demo failed: " + e);
      e.printStackTrace();
    }
    System.exit(status);
  }

  /** The parts in the order they run; each part's tables are created first. */
  private static List<DemoPart> parts() {
    return List.of(
        new UserDemo(),
        new ConditionalDemo(),
        new LifecycleDemo(),
        new OrderDemo(),
        new AccountDemo(),
        new TransferDemo(),
        new BadKeyDemo(),
        new BatchDemo(),
        new ScanDemo(),
        new TenancyDemo()
    );
  }

  private static void run(PrintStream stream) {
    DemoOutput out = new DemoOutput(stream);
    DynamoDbServer server = DemoDatabase.server();
    out.plain("Dynabind demo: DynamoDB (%s) at %s", server.kind(), server.endpoint());
    try (DynamoDbClient client = DemoDatabase.client(server)) {
      Dynabind db = Dynabind.builder().client(client).tableNamePrefix("demo_")
          .requireBatchContext(false).build();
      Tables.create(db, out);
      for (DemoPart part : parts()) {
        out.heading(part.title());
        part.run(db, out);
      }
    }
    out.plain("");
    out.plain("Demo finished: every step did what it should.");
  }
}
