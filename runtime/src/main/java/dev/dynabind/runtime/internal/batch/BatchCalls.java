package dev.dynabind.runtime.internal.batch;

import dev.dynabind.runtime.ConditionFailedException;
import dev.dynabind.runtime.internal.table.ItemId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Runs whole batch calls: slices validated operations into chunks, dispatches them in parallel
 * and merges the outcomes. Validation and typing stay with the caller (the public facade), and so
 * does throwing: even what the listener threw comes back in the {@link Outcome}, next to what
 * was not applied.
 */
public final class BatchCalls {
  private BatchCalls() {}

  /**
   * Writes every operation, last write per item winning.
   *
   * @param settings the call's settings
   * @param writes validated writes in call order
   * @return what was not applied, in call order
   */
  public static Outcome write(BatchSettings settings, List<WriteOp> writes) {
    Dispatcher dispatcher = new Dispatcher(settings);
    int batch = 0;
    for (List<WriteOp> chunk : Chunker.slices(Chunker.lastWriteWins(writes),
        Chunker.MAX_WRITES_PER_WRITE)) {
      int number = ++batch;
      dispatcher.plan(chunk,
          () -> new BatchWriteExecutor(settings, dispatcher, number, chunk).run());
    }
    dispatcher.startPlanned();
    return dispatcher.finish();
  }

  /**
   * Writes a stream with bounded memory: at most {@code concurrency} chunks of 25 in flight plus
   * the chunk being filled. A write whose item is still being written by an in-flight chunk waits
   * for that chunk, so each item's writes are applied in stream order.
   *
   * <p>When the source or {@code validate} throws, nothing pulled before is lost: the writes
   * already validated are sent as well, the chunks started are finished, and the outcome carries
   * the exception as {@link Outcome#unexpected()} next to whatever was not applied.
   *
   * @param settings the call's settings
   * @param source the elements, pulled lazily
   * @param validate turns an element into a write, or throws IllegalArgumentException
   * @param <T> the element type
   * @return what was not applied, in stream order; a write superseded by a later applied write
   *     of its item is not listed, of several not applied only the latest is
   */
  public static <T> Outcome writeStream(BatchSettings settings, Iterator<T> source,
      Function<T, WriteOp> validate) {
    Dispatcher dispatcher = new Dispatcher(settings);
    Map<ItemId, Chunk> inFlight = new ConcurrentHashMap<>();
    Map<ItemId, WriteOp> filling = new LinkedHashMap<>();
    int batch = 0;
    try {
      while (!dispatcher.stopping() && source.hasNext()) {
        WriteOp op = validate.apply(source.next());
        Chunk earlier = filling.containsKey(op.id()) ? null : inFlight.get(op.id());
        if (earlier != null) {
          dispatcher.await(earlier);
        }
        filling.put(op.id(), op);
        if (filling.size() == Chunker.MAX_WRITES_PER_WRITE) {
          submitTracked(settings, dispatcher, ++batch, filling, inFlight);
          filling = new LinkedHashMap<>();
        }
      }
    } catch (RuntimeException | Error e) {
      // What was pulled before the failure are writes the caller asked for and we validated:
      // they are sent like the rest, so that nothing is silently left behind.
      dispatcher.callerFailed(e);
    }
    if (!filling.isEmpty()) {
      submitTracked(settings, dispatcher, ++batch, filling, inFlight);
    }
    return dispatcher.finish();
  }

  private static void submitTracked(BatchSettings settings, Dispatcher dispatcher, int batch,
      Map<ItemId, WriteOp> filling, Map<ItemId, Chunk> inFlight) {
    List<WriteOp> chunk = new ArrayList<>(filling.values());
    Chunk submitted = submitWrite(settings, dispatcher, batch, chunk);
    for (WriteOp op : chunk) {
      inFlight.put(op.id(), submitted);
    }
    // Forget finished chunks at once, so the map holds only what is in flight.
    submitted.whenDone(() -> {
      for (WriteOp op : chunk) {
        inFlight.remove(op.id(), submitted);
      }
    });
  }

  private static Chunk submitWrite(BatchSettings settings, Dispatcher dispatcher,
      int batch, List<WriteOp> chunk) {
    return dispatcher.submit(chunk,
        () -> new BatchWriteExecutor(settings, dispatcher, batch, chunk).run());
  }

  /**
   * Reads every distinct key.
   *
   * @param settings the call's settings
   * @param reads validated reads in call order, duplicates allowed
   * @param found receives every item found, once per distinct key, from the chunks' threads
   * @return the keys not read, in call order
   */
  public static Outcome read(BatchSettings settings, List<ReadOp> reads, FoundItems found) {
    Dispatcher dispatcher = new Dispatcher(settings);
    int batch = 0;
    for (List<ReadOp> chunk : Chunker.slices(Chunker.distinct(reads), Chunker.MAX_KEYS_PER_GET)) {
      int number = ++batch;
      dispatcher.plan(chunk,
          () -> new BatchGetExecutor(settings, dispatcher, number, chunk, found).run());
    }
    dispatcher.startPlanned();
    return dispatcher.finish();
  }

  /**
   * Sends single-item requests in parallel, up to {@code concurrency} at once. A failed condition
   * fails its own call only; any other failure (one the pipeline's retries did not cure) stops the
   * call: requests not yet started are not sent, those running finish.
   *
   * @param settings the call's settings
   * @param calls the requests, one per item, each item once
   * @return in {@link Outcome#notApplied()}, in call order, an {@link ItemCall.Failed} for each
   *     request that failed and the tag of each one not sent
   */
  public static Outcome each(BatchSettings settings, List<ItemCall> calls) {
    Dispatcher dispatcher = new Dispatcher(settings);
    for (ItemCall call : calls) {
      dispatcher.plan(List.of(call), () -> {
        try {
          call.send().run();
          return new Dispatcher.ChunkOutcome(List.of(), null, 1, null);
        } catch (RuntimeException e) {
          if (!(e instanceof ConditionFailedException)) {
            dispatcher.stopBecauseFailed();
          }
          ItemCall failed = new ItemCall(call.id(), new ItemCall.Failed(call.tag(), e), call.send());
          return new Dispatcher.ChunkOutcome(List.of(failed), null, 1, null);
        }
      });
    }
    dispatcher.startPlanned();
    return dispatcher.finish();
  }
}
