package dev.dynabind.runtime;

import dev.dynabind.runtime.internal.config.Arguments;
import dev.dynabind.runtime.internal.context.ContextLoader;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;

/**
 * A unit of work, usually one incoming request, whose single-item reads are coalesced into
 * BatchGetItem requests and cached until it ends (after DynamoBao's batch context).
 *
 * <pre>{@code
 * Order order = BatchContext.call(() -> {
 *   CompletableFuture<Optional<User>> user = users.getAsync("u-1");    // queued
 *   CompletableFuture<Optional<Order>> last = orders.getAsync(key);      // same BatchGetItem
 *   return render(user.join(), last.join());
 * });
 * }</pre>
 *
 * <p>Inside a context, {@code get} and {@code getAsync} of every repository queue their key; the
 * queued keys of all tables go out together when 100 are waiting, when no key has been queued
 * for {@link Dynabind#batchWindow()} and the thread that queued the last one is no longer running
 * (it waits), at the latest ten windows after the first key waiting, or at once when the window
 * is zero. The same key read twice gives the same instance; a miss is cached too; writes through a
 * repository update the cache; a failed read fails every caller waiting for that key and is
 * forgotten before any caller sees the failure, so a later read tries again. Each
 * {@code getAsync} caller gets a future of its own: completing or cancelling it changes nothing
 * for other readers of the key. Two contexts never share anything.
 *
 * <p>The cache keeps at most {@link Dynabind#contextCacheSize()} items per {@link Dynabind}
 * (10,000 unless {@link Dynabind.Builder#contextCacheSize(int)} says otherwise); past that the
 * item used least recently is dropped and simply read again when asked for, so "same instance"
 * holds within that bound.
 *
 * <p>A context ends when the {@code run} or {@code call} that opened it returns. An ended context
 * keeps nothing and refuses use: running a task {@code wrap}ped in it, or a read or write through
 * a repository on a thread still inside it, throws {@link IllegalStateException}.
 *
 * <p>The context belongs to the thread that opened it. To fan work out to other threads, hand it
 * over explicitly with {@link #wrap(Runnable)}, {@link #wrap(Callable)} or {@link
 * #wrap(Executor)}; this works with platform and virtual threads alike.
 */
public final class BatchContext {
  private static final ThreadLocal<BatchContext> CURRENT = new ThreadLocal<>();

  private final ConcurrentMap<Dynabind, ContextLoader> loaders = new ConcurrentHashMap<>();
  private volatile boolean ended;

  private BatchContext() {}

  /**
   * Runs work inside a context: a new one, or the enclosing one when called inside a context.
   *
   * @param work the work
   */
  public static void run(Runnable work) {
    Arguments.required(work, "work");
    BatchContext enclosing = CURRENT.get();
    if (enclosing != null) {
      work.run();
      return;
    }
    BatchContext context = new BatchContext();
    try {
      context.wrap(work).run();
    } finally {
      context.end();
    }
  }

  /**
   * Runs work inside a context and returns its result: a new context, or the enclosing one when
   * called inside a context.
   *
   * @param work the work
   * @param <T> the result type
   * @return what the work returned
   * @throws Exception what the work threw
   */
  public static <T> T call(Callable<T> work) throws Exception {
    Arguments.required(work, "work");
    BatchContext enclosing = CURRENT.get();
    if (enclosing != null) {
      return work.call();
    }
    BatchContext context = new BatchContext();
    try {
      return context.wrap(work).call();
    } finally {
      context.end();
    }
  }

  /**
   * Whether the calling thread runs inside a context.
   *
   * @return true inside a context
   */
  public static boolean isActive() {
    return CURRENT.get() != null;
  }

  /**
   * The calling thread's context, to hand to other threads with the {@code wrap} methods.
   *
   * @return the context, or empty outside one
   */
  public static Optional<BatchContext> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  /**
   * A task that runs inside this context on whichever thread runs it.
   *
   * @param task the task
   * @return the wrapped task; running it after the context ended throws
   *     {@link IllegalStateException}
   */
  public Runnable wrap(Runnable task) {
    Arguments.required(task, "task");
    return () -> {
      BatchContext previous = enter();
      try {
        task.run();
      } finally {
        leave(previous);
      }
    };
  }

  /**
   * A task that runs inside this context on whichever thread runs it.
   *
   * @param task the task
   * @param <T> the result type
   * @return the wrapped task; running it after the context ended throws
   *     {@link IllegalStateException}
   */
  public <T> Callable<T> wrap(Callable<T> task) {
    Arguments.required(task, "task");
    return () -> {
      BatchContext previous = enter();
      try {
        return task.call();
      } finally {
        leave(previous);
      }
    };
  }

  /**
   * An executor whose tasks all run inside this context, for a request that fans out to a pool.
   *
   * @param executor the executor doing the work, such as a virtual-thread-per-task executor
   * @return an executor wrapping each task
   */
  public Executor wrap(Executor executor) {
    Arguments.required(executor, "executor");
    return task -> executor.execute(wrap(task));
  }

  /**
   * The loader of one {@link Dynabind} in this context; internal to the runtime.
   *
   * @param db the entry point whose client reads go through
   * @return the loader, created on first use
   */
  ContextLoader loader(Dynabind db) {
    checkNotEnded();
    ContextLoader loader = loaders.computeIfAbsent(db, d -> new ContextLoader(
        d.batchServices().runner().settings(), d.batchWindow(), d.contextCacheSize(),
        d.batchServices().runner()::notRead));
    if (ended) {
      loader.close(); // ended while the loader was made: keep nothing
      checkNotEnded();
    }
    return loader;
  }

  /**
   * Whether the {@code run} or {@code call} that opened this context has returned.
   *
   * @return true once ended
   */
  public boolean isEnded() {
    return ended;
  }

  private void end() {
    ended = true;
    loaders.values().forEach(ContextLoader::close);
  }

  void checkNotEnded() {
    if (ended) {
      throw new IllegalStateException("this BatchContext has ended: the run or call that opened it"
          + " returned, so it keeps no cache and sends no reads; open a new one with"
          + " BatchContext.run or BatchContext.call");
    }
  }

  /**
   * The calling thread's context, or null outside one; the one place that applies strict mode,
   * which every data operation passes before it sends anything.
   *
   * @param required whether strict mode is on
   * @return the context or null
   * @throws BatchContextRequiredException in strict mode outside a context
   * @throws IllegalStateException when the thread is inside a context that has ended
   */
  static BatchContext currentOrCheckStrict(boolean required) {
    BatchContext context = CURRENT.get();
    if (context == null) {
      if (required) {
        throw new BatchContextRequiredException();
      }
    } else {
      context.checkNotEnded();
    }
    return context;
  }

  private BatchContext enter() {
    checkNotEnded();
    BatchContext previous = CURRENT.get();
    CURRENT.set(this);
    return previous;
  }

  private static void leave(BatchContext previous) {
    if (previous == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(previous);
    }
  }
}
