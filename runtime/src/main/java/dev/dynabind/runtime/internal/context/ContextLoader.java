package dev.dynabind.runtime.internal.context;

import dev.dynabind.runtime.DynabindException;
import dev.dynabind.runtime.UnprocessedItemsException;
import dev.dynabind.runtime.internal.batch.BatchSettings;
import dev.dynabind.runtime.internal.batch.Handoff;
import dev.dynabind.runtime.internal.batch.Outcome;
import dev.dynabind.runtime.internal.config.DefaultExecutor;
import dev.dynabind.runtime.internal.config.Futures;
import dev.dynabind.runtime.internal.table.ItemId;
import dev.dynabind.runtime.internal.table.TableBinding;
import dev.dynabind.runtime.spi.TableCodec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The reads and cache of one {@code Dynabind} inside one batch context, after java-dataloader:
 * keys queue up, the queue is taken atomically when it is dispatched, and every key's future is
 * completed or failed on its own. Internal to the runtime.
 *
 * <p>Dispatches go to the executor as {@link Handoff}s, and a thread blocked on a read runs any
 * dispatch no executor thread has started, so a bounded executor whose own task reads cannot
 * deadlock. When queued keys go out is {@link BatchWindow}'s business; its JVM-wide timer only
 * takes the queue and hands it off here, and a dispatch never sends a request on the timer
 * thread, even when the executor runs tasks on the submitting thread.
 */
public final class ContextLoader {
  private final BatchSettings settings;
  private final NotRead notRead;
  private final ContextCache cache;
  private static final long FIRST_LOOK_NANOS = TimeUnit.MILLISECONDS.toNanos(1);
  private static final long MAX_LOOK_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
  private final Set<Handoff> unstarted = ConcurrentHashMap.newKeySet();
  private final BatchWindow window;

  /**
   * Creates the loader of one entry point.
   *
   * @param settings how its batch reads are sent and retried
   * @param window how long queued keys wait for company
   * @param maxCacheEntries the most items the cache keeps
   * @param notRead makes the exception of keys that could not be read
   */
  public ContextLoader(BatchSettings settings, Duration window, int maxCacheEntries,
      NotRead notRead) {
    this.settings = settings;
    this.window = new BatchWindow(window, this::dispatch);
    this.notRead = notRead;
    this.cache = new ContextCache(maxCacheEntries);
  }

  /**
   * Reads an item through the cache, queueing its key when it is not cached yet.
   *
   * @param table the table
   * @param key the key, encoded and validated
   * @param tag what to report if the key cannot be read
   * @param <R> the record type
   * @return a future of the caller's own: completing or cancelling it changes nothing for others
   */
  public <R> CompletableFuture<Optional<R>> load(
      TableBinding<R, ?> table, Map<String, AttributeValue> key, Object tag) {
    return ownCopy(queue(table, key, tag));
  }

  /**
   * Reads an item through the cache and waits for it, running queued work itself meanwhile.
   *
   * @param table the table
   * @param key the key, encoded and validated
   * @param tag what to report if the key cannot be read
   * @param <R> the record type
   * @return the item, or empty
   * @throws UnprocessedItemsException when the key could not be read
   */
  public <R> Optional<R> get(
      TableBinding<R, ?> table, Map<String, AttributeValue> key, Object tag) {
    return await(queue(table, key, tag));
  }

  private <R> CompletableFuture<Optional<R>> queue(
      TableBinding<R, ?> table, Map<String, AttributeValue> key, Object tag) {
    List<PendingRead<?>> queued = new ArrayList<>(1);
    CompletableFuture<Optional<R>> read = lookUp(table, CacheKey.of(table, key), tag,
        queued);
    enqueue(queued);
    return read;
  }

  /** The cached future of a key, or a new one added to {@code queued} for loading. */
  private <R> CompletableFuture<Optional<R>> lookUp(TableBinding<R, ?> table,
      CacheKey cacheKey, Object tag, List<PendingRead<?>> queued) {
    CompletableFuture<Optional<R>> created = new CompletableFuture<>();
    CompletableFuture<? extends Optional<?>> cached = cache.putIfAbsent(cacheKey, created);
    if (cached != null) {
      return typed(cached);
    }
    queued.add(new PendingRead<>(table, cacheKey, tag, created));
    return created;
  }

  /**
   * Reads many items through the cache: keys not cached yet are queued like single reads, so
   * they share requests with whatever else the context is reading. Fails as a {@code batchGet}
   * outside a context fails: keys not read are listed in one {@link UnprocessedItemsException}.
   *
   * @param table the table
   * @param keys the keys, encoded and validated
   * @param tags what to report for each key if it cannot be read, in the order of {@code keys}
   * @param <R> the record type
   * @return the items found, in the order of each key's first occurrence
   */
  public <R> List<R> loadAll(TableBinding<R, ?> table, List<Map<String, AttributeValue>> keys,
      List<Object> tags) {
    Map<CacheKey, Object> distinct = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      distinct.putIfAbsent(CacheKey.of(table, keys.get(i)), tags.get(i));
    }
    List<CompletableFuture<Optional<R>>> reads = new ArrayList<>(distinct.size());
    List<PendingRead<?>> queued = new ArrayList<>(distinct.size());
    distinct.forEach((key, tag) -> reads.add(lookUp(table, key, tag, queued)));
    enqueue(queued);
    List<R> found = new ArrayList<>(reads.size());
    List<Object> notReadTags = new ArrayList<>();
    UnprocessedItemsException lastNotRead = null;
    int i = 0;
    for (Object tag : distinct.values()) {
      try {
        await(reads.get(i++)).ifPresent(found::add);
      } catch (UnprocessedItemsException e) {
        notReadTags.add(tag);
        lastNotRead = e;
      }
    }
    if (lastNotRead != null) {
      throw notRead.exception(notReadTags, keys.size(), new Outcome(List.of(),
          lastNotRead.getCause(), lastNotRead.interrupted(), lastNotRead.attempts(), null));
    }
    return found;
  }

  /**
   * Records what a write left stored under a key, so a read after it needs no request.
   *
   * @param codec the table's codec
   * @param id the table name and encoded key
   * @param stored the item now stored, or empty after a delete
   */
  public void stored(TableCodec<?, ?> codec, ItemId id, Optional<?> stored) {
    cache.put(new CacheKey(codec, id), stored);
  }

  /**
   * Forgets an item, so the next read asks DynamoDB; for writes whose outcome is unknown.
   *
   * @param codec the table's codec
   * @param id the table name and encoded key
   */
  public void evict(TableCodec<?, ?> codec, ItemId id) {
    cache.remove(new CacheKey(codec, id));
  }

  /**
   * How many items the cache holds now.
   *
   * @return the count
   */
  public int cachedItems() {
    return cache.size();
  }

  /** Drops the cache for good: the context has ended. */
  public void close() {
    cache.close();
  }

  NotRead notRead() {
    return notRead;
  }

  /** Removes a failed read's entry; done before its future fails, so no later read sees it. */
  void forget(CacheKey key, CompletableFuture<?> failed) {
    cache.remove(key, failed);
  }

  /**
   * Waits for a read, running meanwhile any dispatch of this loader that no executor thread has
   * started: the executor's threads may all be waiting, this one included.
   */
  private <T> T await(CompletableFuture<T> read) {
    try {
      helpUntilDone(read);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DynabindException("interrupted while waiting for a batch context read", e);
    }
    return Futures.await(read);
  }

  /**
   * Waits for a read; while it is not done, looks for dispatches no executor thread has started
   * and runs them here. It looks after a short wait that doubles up to {@link #MAX_LOOK_NANOS},
   * rather than being woken by every dispatch: with an executor that has free threads the read
   * is done before the first look, and many blocked readers cost no wake-ups.
   */
  private void helpUntilDone(CompletableFuture<?> read) throws InterruptedException {
    long wait = FIRST_LOOK_NANOS;
    while (!read.isDone()) {
      if (runUnstartedHere()) {
        wait = FIRST_LOOK_NANOS;
        continue;
      }
      try {
        read.get(wait, TimeUnit.NANOSECONDS);
      } catch (TimeoutException lookAgain) {
        wait = Math.min(wait * 2, MAX_LOOK_NANOS);
      } catch (ExecutionException failed) {
        return; // the read failed; its caller sees how
      }
    }
  }

  /**
   * The future {@code getAsync} returns inside a context: blocking on it ({@code get},
   * {@code join}) runs pending reads as {@code get} does, so a task of a one-thread executor that
   * waits for its own read cannot deadlock.
   */
  private final class OwnRead<T> extends CompletableFuture<T> {
    @Override
    public T get() throws InterruptedException, ExecutionException {
      helpUntilDone(this);
      return super.get();
    }

    @Override
    public T join() {
      boolean interrupted = false;
      while (!isDone()) {
        try {
          helpUntilDone(this);
        } catch (InterruptedException e) {
          interrupted = true; // join() does not answer interrupts; keep the flag for the caller
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
      return super.join();
    }
  }

  private boolean runUnstartedHere() {
    for (Handoff dispatch : unstarted) {
      if (dispatch.runHereIfUnclaimed()) {
        return true;
      }
    }
    return false;
  }

  private void enqueue(List<PendingRead<?>> reads) {
    window.add(reads).forEach(this::dispatch);
  }

  /**
   * Hands reads to the executor. A rejection fails every read of the dispatch with the
   * rejection as the cause, unless a waiting reader already ran it.
   */
  private void dispatch(List<PendingRead<?>> reads) {
    if (reads.isEmpty()) {
      return;
    }
    ContextBatchGet work = new ContextBatchGet(settings, this, reads);
    AtomicReference<Handoff> self = new AtomicReference<>();
    Handoff dispatch = Handoff.local(() -> {
      unstarted.remove(self.get());
      work.run();
    });
    self.set(dispatch);
    unstarted.add(dispatch);
    try {
      settings.executor().execute(() -> {
        if (BatchWindow.onTimer()) {
          // The executor ran the task on the submitting thread, and that is the timer shared by
          // every context: a slow or throttled read must not delay the others' windows.
          DefaultExecutor.instance().execute(dispatch);
        } else {
          dispatch.run();
        }
      });
    } catch (RejectedExecutionException rejected) {
      work.reject(rejected);
      dispatch.runHereIfUnclaimed();
    }
  }

  /** The caller's own future of a shared read: what the caller does with it stays its own. */
  private <T> CompletableFuture<T> ownCopy(CompletableFuture<T> shared) {
    CompletableFuture<T> own = new OwnRead<>();
    shared.whenComplete((value, failure) -> {
      if (failure == null) {
        own.complete(value);
      } else {
        own.completeExceptionally(failure);
      }
    });
    return own;
  }

  // The cache maps a codec's key to a future of that codec's record type; lookUp and stored
  // only ever store such pairs, so reading one back as the codec's type is safe.
  @SuppressWarnings("unchecked")
  private static <R> CompletableFuture<Optional<R>> typed(CompletableFuture<? extends Optional<?>> f) {
    return (CompletableFuture<Optional<R>>) f;
  }
}
