package dev.dynabind.runtime.internal.context;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * What one batch context read or wrote, by item: a future of the item (empty for a miss), the
 * same future for every later read of the key. Bounded: past {@code maxEntries} the entry used
 * least recently is dropped, so a long-lived context cannot grow without end; a dropped key is
 * simply read again. Thread-safe; the lock is held only for map operations, never while waiting.
 */
final class ContextCache {
  private final Map<CacheKey, CompletableFuture<? extends Optional<?>>> entries;
  private boolean closed;

  ContextCache(int maxEntries) {
    this.entries = new LinkedHashMap<>(16, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(
          Map.Entry<CacheKey, CompletableFuture<? extends Optional<?>>> eldest) {
        return size() > maxEntries;
      }
    };
  }

  /**
   * The cached future of a key, or {@code created} stored as its future.
   *
   * @return the cached future, or null when {@code created} was stored
   */
  synchronized CompletableFuture<? extends Optional<?>> putIfAbsent(
      CacheKey key, CompletableFuture<? extends Optional<?>> created) {
    CompletableFuture<? extends Optional<?>> cached = entries.get(key);
    if (cached != null) {
      return cached;
    }
    if (!closed) {
      entries.put(key, created);
    }
    return null;
  }

  synchronized CompletableFuture<? extends Optional<?>> get(CacheKey key) {
    return entries.get(key);
  }

  /** Records what a key holds now, after a write. */
  synchronized void put(CacheKey key, Optional<?> value) {
    if (!closed) {
      entries.put(key, CompletableFuture.completedFuture(value));
    }
  }

  synchronized void remove(CacheKey key) {
    entries.remove(key);
  }

  /** Forgets a key only while it still maps to this future (a failed read, not a later one). */
  synchronized void remove(CacheKey key, CompletableFuture<?> future) {
    entries.remove(key, future);
  }

  synchronized int size() {
    return entries.size();
  }

  /** Drops everything and stores nothing more: the context has ended. */
  synchronized void close() {
    closed = true;
    entries.clear();
  }
}
