package dev.dynabind.runtime.internal;

import dev.dynabind.runtime.Dynabind;
import dev.dynabind.runtime.Repository;
import dev.dynabind.runtime.TableCodec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The reads and cache of one {@link Dynabind} inside one batch context, after java-dataloader:
 * keys queue up, the queue is taken atomically when it is dispatched, and every key's future is
 * completed or failed on its own. Internal to the runtime.
 */
public final class ContextLoader {
  private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(
      task -> {
        Thread thread = new Thread(task, "dynabind-batch-window");
        thread.setDaemon(true);
        return thread;
      });

  private final Dynabind db;
  private final BatchSettings settings;
  private final ItemDecoder decoder;
  private final ConcurrentMap<CacheKey, CompletableFuture<? extends Optional<?>>> cache =
      new ConcurrentHashMap<>();
  private final Object queueLock = new Object();
  private List<PendingRead<?>> queue = new ArrayList<>();
  private ScheduledFuture<?> windowTimer;

  /**
   * Creates the loader of one entry point.
   *
   * @param db the entry point
   * @param settings how its batch reads are sent and retried
   * @param decoder decodes the items read, as the repositories' direct reads do
   */
  public ContextLoader(Dynabind db, BatchSettings settings, ItemDecoder decoder) {
    this.db = db;
    this.settings = settings;
    this.decoder = decoder;
  }

  /**
   * Reads an item through the cache, queueing its key when it is not cached yet.
   *
   * @param repository the table
   * @param key the key, encoded and validated by the repository
   * @param <R> the record type
   * @return the item's future; the same future for the same key
   */
  public <R> CompletableFuture<Optional<R>> load(
      Repository<R, ?> repository, Map<String, AttributeValue> key) {
    List<PendingRead<?>> queued = new ArrayList<>(1);
    CompletableFuture<Optional<R>> read = lookUp(repository, CacheKey.of(repository, key), queued);
    enqueue(queued);
    return read;
  }

  /** The cached future of a key, or a new one added to {@code queued} for loading. */
  private <R> CompletableFuture<Optional<R>> lookUp(
      Repository<R, ?> repository, CacheKey cacheKey, List<PendingRead<?>> queued) {
    CompletableFuture<Optional<R>> created = new CompletableFuture<>();
    CompletableFuture<? extends Optional<?>> cached = cache.putIfAbsent(cacheKey, created);
    if (cached != null) {
      return typed(cached);
    }
    queued.add(new PendingRead<>(repository, cacheKey, created));
    return created;
  }

  /**
   * Reads many items through the cache: keys not cached yet are queued like single reads, so
   * they share requests with whatever else the context is reading.
   *
   * @param repository the table
   * @param keys the keys, encoded and validated by the repository
   * @param <R> the record type
   * @return the items found, in the order of each key's first occurrence
   */
  public <R> List<R> loadAll(
      Repository<R, ?> repository, Collection<Map<String, AttributeValue>> keys) {
    Set<CacheKey> distinct = new LinkedHashSet<>();
    for (Map<String, AttributeValue> key : keys) {
      distinct.add(CacheKey.of(repository, key));
    }
    List<CompletableFuture<Optional<R>>> reads = new ArrayList<>(distinct.size());
    List<PendingRead<?>> queued = new ArrayList<>(distinct.size());
    for (CacheKey key : distinct) {
      reads.add(lookUp(repository, key, queued));
    }
    enqueue(queued);
    List<R> found = new ArrayList<>(reads.size());
    for (CompletableFuture<Optional<R>> read : reads) {
      Futures.await(read).ifPresent(found::add);
    }
    return found;
  }

  /**
   * Records a successful write, so a read after it sees it without a request.
   *
   * @param repository the table
   * @param item the item written
   * @param <R> the record type
   * @param <K> the key type
   */
  public <R, K> void written(Repository<R, K> repository, R item) {
    TableCodec<R, K> codec = repository.codec();
    cache.put(CacheKey.of(repository, codec.encodeKey(codec.keyOf(item))),
        CompletableFuture.completedFuture(Optional.of(item)));
  }

  /**
   * Records a successful delete, so a read after it finds nothing without a request.
   *
   * @param repository the table
   * @param key the key deleted
   * @param <R> the record type
   * @param <K> the key type
   */
  public <R, K> void deleted(Repository<R, K> repository, K key) {
    TableCodec<R, K> codec = repository.codec();
    cache.put(CacheKey.of(repository, codec.encodeKey(key)),
        CompletableFuture.completedFuture(Optional.<R>empty()));
  }

  /**
   * Forgets a key, so the next read asks DynamoDB; for writes whose outcome is unknown.
   *
   * @param repository the table
   * @param key the key
   * @param <R> the record type
   * @param <K> the key type
   */
  public <R, K> void evict(Repository<R, K> repository, K key) {
    TableCodec<R, K> codec = repository.codec();
    cache.remove(CacheKey.of(repository, codec.encodeKey(key)));
  }

  /**
   * Forgets an item of a table by its identity.
   *
   * @param codec the table's codec
   * @param id the table name and encoded key
   */
  public void evictEncoded(TableCodec<?, ?> codec, ItemId id) {
    cache.remove(new CacheKey(codec, id));
  }

  /**
   * The cached result of a key, if it was read or written in this context.
   *
   * @param repository the table
   * @param key the key
   * @param <R> the record type
   * @param <K> the key type
   * @return the cached future, or null
   */
  public <R, K> CompletableFuture<Optional<R>> cached(Repository<R, K> repository, K key) {
    CompletableFuture<? extends Optional<?>> cached =
        cache.get(CacheKey.of(repository, repository.codec().encodeKey(key)));
    return cached == null ? null : typed(cached);
  }

  ItemDecoder decoder() {
    return decoder;
  }

  void forget(CacheKey key, CompletableFuture<?> failed) {
    cache.remove(key, failed);
  }

  private void enqueue(List<PendingRead<?>> reads) {
    if (reads.isEmpty()) {
      return;
    }
    List<List<PendingRead<?>>> ready = new ArrayList<>();
    synchronized (queueLock) {
      for (PendingRead<?> read : reads) {
        queue.add(read);
        if (queue.size() >= Chunker.MAX_KEYS_PER_GET) {
          ready.add(takeQueue());
        }
      }
      Duration window = db.batchWindow();
      if (!queue.isEmpty()) {
        if (window.isZero()) {
          ready.add(takeQueue());
        } else if (windowTimer == null) {
          windowTimer =
              TIMER.schedule(this::windowElapsed, window.toNanos(), TimeUnit.NANOSECONDS);
        }
      }
    }
    ready.forEach(this::dispatch);
  }

  private void windowElapsed() {
    List<PendingRead<?>> ready;
    synchronized (queueLock) {
      windowTimer = null;
      ready = takeQueue();
    }
    dispatch(ready);
  }

  /** Called with the queue lock held. */
  private List<PendingRead<?>> takeQueue() {
    List<PendingRead<?>> taken = queue;
    queue = new ArrayList<>();
    if (windowTimer != null) {
      windowTimer.cancel(false);
      windowTimer = null;
    }
    return taken;
  }

  private void dispatch(List<PendingRead<?>> reads) {
    if (reads.isEmpty()) {
      return;
    }
    db.executor().execute(() -> new ContextBatchGet(settings, this, reads).run());
  }

  // The cache maps a codec's key to a future of that codec's record type; load, written and
  // deleted only ever store such pairs, so reading one back as the codec's type is safe.
  @SuppressWarnings("unchecked")
  private static <R> CompletableFuture<Optional<R>> typed(CompletableFuture<? extends Optional<?>> f) {
    return (CompletableFuture<Optional<R>>) f;
  }
}
