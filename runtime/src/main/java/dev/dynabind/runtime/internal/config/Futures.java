package dev.dynabind.runtime.internal.config;

import dev.dynabind.runtime.DynabindException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Waiting on a future from a blocking method, with the failure a blocking caller expects. */
public final class Futures {
  private Futures() {}

  /**
   * Waits for the future and returns its value. A blocking call inside a batch context must fail
   * the way the same call fails outside one, with its own exception, not with the
   * {@link CompletionException} that {@code join()} wraps it in.
   *
   * @param future the future
   * @param <T> its value type
   * @return its value
   * @throws RuntimeException the future's own unchecked failure
   * @throws DynabindException wrapping a checked failure
   */
  public static <T> T await(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException unchecked) {
        throw unchecked;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new DynabindException("the read failed", cause);
    }
  }
}
