package dev.dynabind.runtime.context;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dynabind.runtime.BatchContext;
import dev.dynabind.runtime.Dynabind;
import dev.dynabind.testing.RequestCounter;
import dev.dynabind.testing.TestClients;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A burst of reads issued back to back at the default batch window goes out in full requests:
 * the window stays open while keys keep coming, instead of closing a fixed time after the first.
 */
class ContextBurstTest {
  private final RequestCounter counter = new RequestCounter();
  private final DynamoDbClient client = TestClients.client(counter);

  @AfterEach
  void close() {
    client.close();
  }

  @Test
  void thousandGetAsyncBackToBackAtTheDefaultWindowBecomeExactlyTenBatchGetItem()
      throws Exception {
    Dynabind db = Dynabind.builder().client(client).tableNamePrefix(TestClients.uniquePrefix())
        .requireBatchContext(false).build();
    Person.Repo people = new Person.Repo(db);
    people.createTable();
    for (int i = 0; i < 1_000; i += 100) {
      people.save(new Person("p" + i, "name" + i));
    }
    // Warm up the path once, so the measured burst is not the first (slowest) run of it.
    BatchContext.run(() -> people.getAsync("warm-up").join());

    for (int round = 0; round < 3; round++) {
      counter.reset();
      long found = BatchContext.call(() -> {
        List<CompletableFuture<Optional<Person>>> reads = new ArrayList<>(1_000);
        for (int i = 0; i < 1_000; i++) {
          reads.add(people.getAsync("p" + i));
        }
        return reads.stream().map(CompletableFuture::join).filter(Optional::isPresent).count();
      });
      assertEquals(10, found);
      assertEquals(10, counter.count("BatchGetItem"), "round " + round);
      assertEquals(0, counter.count("GetItem"));
    }
  }
}
