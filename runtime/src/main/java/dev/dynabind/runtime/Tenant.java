package dev.dynabind.runtime;

import dev.dynabind.runtime.internal.config.Arguments;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The tenant that the operations of a {@link Dynabind} built with
 * {@link Dynabind.Builder#tenancy(Tenancy)} act for, after DynamoBao's {@code TenantContext}.
 * Everything a repository does inside {@link #run} or {@link #call} is scoped to that tenant
 * (see {@link Tenancy} for how); outside one, a strict tenancy refuses the operation with
 * {@link TenantRequiredException}.
 *
 * <pre>{@code
 * Tenant.run("acme", () -> users.save(user));               // stored under "acme#<key>"
 * Optional<User> same = Tenant.call("acme", () -> users.get(key));
 * Optional<User> none = Tenant.call("globex", () -> users.get(key)); // empty: another tenant
 * }</pre>
 *
 * <p>The tenant belongs to the thread that entered it, as a {@link BatchContext} does. The
 * tenant in effect when an operation is called applies to all of it, including the work it hands
 * to the {@link Dynabind#executor()} and the pages a returned stream reads later. To fan your own
 * work out to other threads, hand the tenant over with {@link #wrap(Runnable)} or
 * {@link #wrap(Executor)}. A {@code Dynabind} without tenancy ignores the tenant.
 */
public final class Tenant {
  private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

  private Tenant() {}

  /**
   * Runs work as a tenant. Inside another tenant's {@code run}, the work acts for {@code
   * tenantId} and the enclosing tenant applies again afterwards.
   *
   * @param tenantId the tenant: not empty, at most 128 characters, without {@code '#'} (it
   *     separates the tenant from the key)
   * @param work the work
   * @throws IllegalArgumentException when the tenant id is null, empty, too long or holds
   *     {@code '#'}, or the work is null; nothing runs
   */
  public static void run(String tenantId, Runnable work) {
    Arguments.required(work, "work");
    call(tenantId, () -> {
      work.run();
      return null;
    });
  }

  /**
   * Runs work as a tenant and returns its result; see {@link #run(String, Runnable)}.
   *
   * @param tenantId the tenant, as {@link #run(String, Runnable)} requires it
   * @param work the work
   * @param <T> the result type
   * @return what the work returned
   * @throws IllegalArgumentException when the tenant id is not valid or the work is null; nothing
   *     runs
   */
  public static <T> T call(String tenantId, Supplier<T> work) {
    String tenant = check(tenantId);
    Arguments.required(work, "work");
    String previous = CURRENT.get();
    CURRENT.set(tenant);
    try {
      return work.get();
    } finally {
      restore(previous);
    }
  }

  /**
   * The tenant the calling thread acts for.
   *
   * @return the tenant id, or empty outside {@link #run} and {@link #call}
   */
  public static Optional<String> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  /**
   * A task that runs as the calling thread's current tenant (or as no tenant, if it has none) on
   * whichever thread runs it.
   *
   * @param task the task
   * @return the wrapped task
   * @throws IllegalArgumentException when the task is null
   */
  public static Runnable wrap(Runnable task) {
    Arguments.required(task, "task");
    String tenant = CURRENT.get();
    return () -> {
      String previous = CURRENT.get();
      CURRENT.set(tenant);
      try {
        task.run();
      } finally {
        restore(previous);
      }
    };
  }

  /**
   * An executor whose tasks each run as the tenant that was current on the thread that submitted
   * them, for work that fans out to a pool.
   *
   * @param executor the executor doing the work
   * @return an executor wrapping each task with {@link #wrap(Runnable)}
   * @throws IllegalArgumentException when the executor is null
   */
  public static Executor wrap(Executor executor) {
    Arguments.required(executor, "executor");
    return task -> executor.execute(wrap(task));
  }

  private static void restore(String previous) {
    if (previous == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(previous);
    }
  }

  /** Ids end up in keys, so what would make a key ambiguous or too long is refused. */
  private static String check(String tenantId) {
    Arguments.required(tenantId, "tenantId");
    if (tenantId.isEmpty() || tenantId.length() > 128 || tenantId.indexOf('#') >= 0) {
      throw new IllegalArgumentException("tenantId must be 1 to 128 characters without '#', but"
          + " was '" + tenantId + "'");
    }
    return tenantId;
  }
}
