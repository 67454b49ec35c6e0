package dev.dynabind.runtime.internal.context;

import dev.dynabind.runtime.internal.batch.BatchCalls;
import dev.dynabind.runtime.internal.batch.BatchSettings;
import dev.dynabind.runtime.internal.batch.Outcome;
import dev.dynabind.runtime.internal.batch.ReadOp;
import dev.dynabind.runtime.internal.table.ItemId;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Sends the reads a batch context dispatched through the same chunker and retry loop as
 * {@code batchGet} ({@link BatchCalls#read}), then settles every read's future on its own: an
 * item, empty for a key without one, or, for a key that could not be read, the
 * {@code UnprocessedItemsException} a {@code batchGet} would throw for it. When the listener
 * threw, every read fails with its exception; when the executor rejected the dispatch, every
 * read fails with the rejection as the cause. A failed read leaves the cache before its future
 * fails, so no read after the failure can find it.
 */
final class ContextBatchGet implements Runnable {
  private static final ReadOp.TableRead WHOLE_ITEMS = new ReadOp.TableRead(false, null, Map.of());

  private final BatchSettings settings;
  private final ContextLoader loader;
  private final List<PendingRead<?>> reads;
  private volatile Throwable rejected;

  ContextBatchGet(BatchSettings settings, ContextLoader loader, List<PendingRead<?>> reads) {
    this.settings = settings;
    this.loader = loader;
    this.reads = reads;
  }

  /** The executor refused this dispatch: running it fails every read instead of sending. */
  void reject(Throwable rejection) {
    this.rejected = rejection;
  }

  @Override
  public void run() {
    if (rejected != null) {
      Outcome outcome = new Outcome(tags(), rejected, false, 0, null);
      reads.forEach(read -> fail(read, notRead(read, outcome)));
      return;
    }
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
      // vanish on an executor thread.
      reads.forEach(read -> fail(read, outcome.unexpected()));
      return;
    }
    Map<Object, Boolean> notRead = new IdentityHashMap<>();
    outcome.notApplied().forEach(tag -> notRead.put(tag, Boolean.TRUE));
    for (PendingRead<?> read : reads) {
      if (notRead.containsKey(read)) {
        fail(read, notRead(read, outcome));
      } else {
        settle(read, found.get(read.cacheKey().id()));
      }
    }
  }

  private List<Object> tags() {
    List<Object> tags = new ArrayList<>(reads.size());
    reads.forEach(read -> tags.add(read.tag()));
    return tags;
  }

  /** The exception of one key, naming its value, as a batchGet of that key alone would throw. */
  private Throwable notRead(PendingRead<?> read, Outcome outcome) {
    return loader.notRead().exception(List.of(read.tag()), 1, outcome);
  }

  private void settle(PendingRead<?> read, Map<String, AttributeValue> item) {
    Throwable decodeFailure = read.complete(item);
    if (decodeFailure != null) {
      fail(read, decodeFailure);
    }
  }

  private void fail(PendingRead<?> read, Throwable failure) {
    loader.forget(read.cacheKey(), read.future());
    read.future().completeExceptionally(failure);
  }
}
