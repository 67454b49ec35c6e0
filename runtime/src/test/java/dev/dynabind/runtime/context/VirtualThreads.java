package dev.dynabind.runtime.context;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A virtual-thread-per-task executor on JDKs that have one. The build targets Java 17, so the
 * test looks the factory up at run time; the runtime itself never needs it.
 */
final class VirtualThreads {
  private VirtualThreads() {}

  static ExecutorService perTaskExecutorOrElse(ExecutorService fallback) {
    try {
      return (ExecutorService) MethodHandles.publicLookup()
          .findStatic(Executors.class, "newVirtualThreadPerTaskExecutor",
              MethodType.methodType(ExecutorService.class))
          .invoke();
    } catch (NoSuchMethodException | IllegalAccessException e) {
      return fallback;
    } catch (Throwable e) {
      throw new AssertionError(e);
    }
  }
}
