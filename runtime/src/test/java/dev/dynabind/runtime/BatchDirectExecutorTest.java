package dev.dynabind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * An executor that runs each task on the thread that hands it over ({@code Runnable::run}) is a
 * valid executor: a long batch call on it sends every chunk, one after the other, without
 * running each chunk inside the hand-off of the one before (which would need a stack as deep as
 * the call is long).
 */
class BatchDirectExecutorTest {

  @Test
  void manyChunksOnAnExecutorThatRunsTasksInPlaceRunOneAfterTheOtherNotNested() throws Exception {
    try (BatchFixture f = new BatchFixture(b -> b.executor(Runnable::run).concurrency(4))) {
      List<String> keys = BatchFixture.ids(10_000); // 400 BatchWriteItem of 25 deletes
      AtomicReference<Throwable> failure = new AtomicReference<>();
      // A small stack: 400 chunks nested in one another overflow it.
      Thread caller = new Thread(null, () -> {
        try {
          f.items.batchDelete(keys);
        } catch (Throwable t) {
          failure.set(t);
        }
      }, "small-stack", 512 * 1024);
      caller.start();
      caller.join();

      assertNull(failure.get());
      assertEquals(400, f.counter.count("BatchWriteItem"));
    }
  }
}
