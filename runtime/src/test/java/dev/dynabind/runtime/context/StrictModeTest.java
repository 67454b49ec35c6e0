package dev.dynabind.runtime.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynabind.runtime.BatchContext;
import dev.dynabind.runtime.BatchContextRequiredException;
import dev.dynabind.runtime.Dynabind;
import dev.dynabind.testing.RequestCounter;
import dev.dynabind.testing.TestClients;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

class StrictModeTest {
  static final String EXACT_MESSAGE = "Batch operations must be executed within BatchContext.run(). "
      + "Wrap your database operations in BatchContext.run() to enable batching and caching.";

  @Test
  void strictModeSetByTheBuilderRejectsEveryOperationOutsideAContext() throws Exception {
    RequestCounter counter = new RequestCounter();
    try (DynamoDbClient client = TestClients.client(counter)) {
      Dynabind db = Dynabind.builder().client(client).tableNamePrefix(TestClients.uniquePrefix())
          .requireBatchContext(true).build();
      Person.Repo people = new Person.Repo(db);
      people.createTable();
      counter.reset();

      for (Runnable call : List.<Runnable>of(() -> people.get("a"), () -> people.getAsync("a"),
          () -> people.save(new Person("a", "A")), () -> people.delete("a"))) {
        BatchContextRequiredException e =
            assertThrows(BatchContextRequiredException.class, call::run);
        assertEquals(EXACT_MESSAGE, e.getMessage());
      }
      assertEquals(0, counter.total());

      BatchContext.run(() -> {
        people.save(new Person("a", "A"));
        assertEquals("A", people.get("a").orElseThrow().name());
      });
    }
  }

  @Test
  void strictModeIsOffWhenTheBuilderSaysSoWhateverTheEnvironment() {
    try (DynamoDbClient client = TestClients.client()) {
      Dynabind db = Dynabind.builder().client(client).requireBatchContext(false).build();
      assertEquals(false, db.requireBatchContext());
    }
  }

  /** The environment cannot be changed in-process, so a child JVM runs with the variable set. */
  @Test
  void strictModeSetByTheEnvironmentVariableRejectsACallOutsideAContext() throws Exception {
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        StrictModeProbe.class.getName());
    builder.environment().put(Dynabind.REQUIRE_BATCH_CONTEXT_ENV, "true");
    builder.redirectErrorStream(true);
    Process child = builder.start();
    assertTrue(child.waitFor(60, TimeUnit.SECONDS), "probe did not finish");
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(output.contains(StrictModeProbe.PREFIX + EXACT_MESSAGE), output);
    assertEquals(0, child.exitValue(), output);
  }
}
