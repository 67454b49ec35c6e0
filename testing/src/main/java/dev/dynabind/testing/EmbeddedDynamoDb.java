package dev.dynabind.testing;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicReference;

/**
 * DynamoDB Local in this JVM, tamed for use from tests and from a user's own {@code main}.
 *
 * <p>Two things make raw DynamoDB Local awkward. It prints its settings on {@code System.out} when
 * it starts, so those lines are dropped (only the starting thread's output, nobody else's). And its
 * Jetty, executor and SQLite threads are not daemons, so a {@code main} that used it never ends
 * (a user's took 453 s, until an idle timeout). It is therefore started from a thread of its own
 * {@link ThreadGroup}, which every thread it creates inherits, and a daemon watchdog stops it once
 * no other non-daemon thread is left, so the JVM exits as if DynamoDB Local were not there.
 */
final class EmbeddedDynamoDb {
  private static final long WATCH_MILLIS = 200;

  private EmbeddedDynamoDb() {}

  /**
   * Starts the server on the port and returns once it listens.
   *
   * @throws IllegalStateException when it cannot start
   */
  static void start(int port) {
    ThreadGroup group = new ThreadGroup("dynamodb-local");
    AtomicReference<Object> result = new AtomicReference<>();
    Thread starter = new Thread(group, () -> result.set(startQuietly(port)), "dynamodb-local-start");
    starter.start();
    try {
      starter.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while starting embedded DynamoDB Local", e);
    }
    if (result.get() instanceof DynamoDBProxyServer server) {
      Thread watchdog = new Thread(() -> stopWhenAlone(server, group), "dynamodb-local-exit");
      watchdog.setDaemon(true);
      watchdog.start();
      return;
    }
    throw new IllegalStateException("Could not start embedded DynamoDB Local on port " + port,
        (Throwable) result.get());
  }

  /** Runs on the starter thread; returns the server or what went wrong. */
  private static Object startQuietly(int port) {
    PrintStream out = System.out;
    Thread starter = Thread.currentThread();
    System.setOut(new PrintStream(new OutputStream() {
      @Override
      public void write(int b) {
        if (Thread.currentThread() != starter) {
          out.write(b);
        }
      }

      @Override
      public void write(byte[] b, int off, int len) {
        if (Thread.currentThread() != starter) {
          out.write(b, off, len);
        }
      }

      @Override
      public void flush() {
        out.flush();
      }
    }, true));
    try {
      DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(
          new String[] {"-inMemory", "-disableTelemetry", "-port", Integer.toString(port)});
      server.start();
      return server;
    } catch (Exception e) {
      return e;
    } finally {
      System.setOut(out);
    }
  }

  private static void stopWhenAlone(DynamoDBProxyServer server, ThreadGroup group) {
    try {
      while (othersAlive(group)) {
        Thread.sleep(WATCH_MILLIS);
      }
      server.stop();
      // stop() leaves its background jobs (shard rollover) sleeping; an interrupt ends them.
      for (Thread thread : Thread.getAllStackTraces().keySet()) {
        if (inGroup(thread, group)) {
          thread.interrupt();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      // The JVM is on its way out; a failed stop leaves nothing worth reporting.
    }
  }

  /** Whether a non-daemon thread outside the server's group is still running. */
  private static boolean othersAlive(ThreadGroup group) {
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (!thread.isDaemon() && thread.isAlive() && !inGroup(thread, group)
          // The thread that waits for the others, once main has returned.
          && !thread.getName().equals("DestroyJavaVM")) {
        return true;
      }
    }
    return false;
  }

  private static boolean inGroup(Thread thread, ThreadGroup group) {
    for (ThreadGroup g = thread.getThreadGroup(); g != null; g = g.getParent()) {
      if (g == group) {
        return true;
      }
    }
    return false;
  }
}
