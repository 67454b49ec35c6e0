package dev.dynabind.runtime.internal;

import dev.dynabind.runtime.DynabindException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Sends the reads a batch context dispatched through the same chunker and retry loop as
 * {@code batchGet} ({@link BatchCalls#read}), then settles every read's future on its own: an
 * item, empty for a key without one, or the failure for a key that could not be read; when the
 * listener threw, every read fails with its exception.
 */
final class ContextBatchGet implements Runnable {
  private static final ReadOp.TableRead WHOLE_ITEMS = new ReadOp.TableRead(false, null, Map.of());

  private final BatchSettings settings;
  private final ContextLoader loader;
  private final List<PendingRead<?>> reads;

  ContextBatchGet(BatchSettings settings, ContextLoader loader, List<PendingRead<?>> reads) {
    this.settings = settings;
    this.loader = loader;
    this.reads = reads;
  }

  @Override
  public void run() {
    List<ReadOp> ops = new ArrayList<>(reads.size());
    for (PendingRead<?> read : reads) {
      ops.add(new ReadOp(read.cacheKey().id(), WHOLE_ITEMS, read));
    }
    Map<ItemId, Map<String, AttributeValue>> found = new ConcurrentHashMap<>();
    Outcome outcome;
    try {
      outcome = BatchCalls.read(settings, ops, found::put);
    } catch (RuntimeException | Error failure) {
      reads.forEach(read -> fail(read, failure));
      return;
    }
    if (outcome.unexpected() != null) {
      // As a batchGet outside a context throws it and returns nothing, every read of the dispatch
      // fails with what the listener (or a bug) threw, even those that were read: it must not
      // vanish on an executor thread. They are evicted, so reading them again sends a request.
      reads.forEach(read -> fail(read, outcome.unexpected()));
      return;
    }
    Map<Object, Boolean> notRead = new IdentityHashMap<>();
    outcome.notApplied().forEach(tag -> notRead.put(tag, Boolean.TRUE));
    for (PendingRead<?> read : reads) {
      if (notRead.containsKey(read)) {
        fail(read, whyNotRead(read, outcome));
      } else {
        settle(read, found.get(read.cacheKey().id()));
      }
    }
  }

  private static Throwable whyNotRead(PendingRead<?> read, Outcome outcome) {
    if (outcome.cause() != null) {
      return outcome.cause();
    }
    return new DynabindException("key " + read.cacheKey().id().key().keySet() + " of table '"
        + read.repository().tableName() + "' was still unprocessed after " + outcome.attempts()
        + " attempts");
  }

  private void settle(PendingRead<?> read, Map<String, AttributeValue> item) {
    read.complete(loader.decoder(), item);
    if (read.future().isCompletedExceptionally()) {
      loader.forget(read.cacheKey(), read.future());
    }
  }

  private void fail(PendingRead<?> read, Throwable failure) {
    if (read.future().completeExceptionally(failure)) {
      loader.forget(read.cacheKey(), read.future());
    }
  }
}
