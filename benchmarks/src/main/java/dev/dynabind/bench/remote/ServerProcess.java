package dev.dynabind.bench.remote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * DynamoDB Local in a JVM of its own ({@link ServerMain}), started from this JVM's class path,
 * so that this JVM's CPU time is the client's alone. Optionally with delay proxies in front of it
 * (in the server's JVM too, for the same reason).
 */
final class ServerProcess implements AutoCloseable {
  private final Process process;
  private final URI endpoint;
  private final Map<Double, URI> delayed = new LinkedHashMap<>();

  /**
   * Starts the server and waits until it listens.
   *
   * @param roundTripsMillis the round trips to put proxies in front of the server for
   */
  ServerProcess(List<Double> roundTripsMillis) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx768m");
    if (Runtime.version().feature() >= 22) {
      command.add("--enable-native-access=ALL-UNNAMED");
    }
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(ServerMain.class.getName());
    roundTripsMillis.forEach(l -> command.add(Double.toString(l)));
    try {
      process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
      BufferedReader out = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String line;
      while ((line = out.readLine()) != null && !line.startsWith("ready ")) {
        // DynamoDB Local prints its settings first
      }
      if (line == null) {
        throw new IllegalStateException("DynamoDB Local's JVM ended before it was ready");
      }
      String[] parts = line.split(" ");
      endpoint = URI.create("http://127.0.0.1:" + parts[1]);
      for (int i = 2; i < parts.length; i++) {
        String[] pair = parts[i].split("=");
        delayed.put(Double.parseDouble(pair[0]), URI.create("http://127.0.0.1:" + pair[1]));
      }
      // Keep draining its output, so a chatty server never blocks on a full pipe.
      Thread drain = new Thread(() -> {
        try {
          while (out.readLine() != null) {
            // discard
          }
        } catch (IOException ignored) {
          // the process ended
        }
      }, "dynamodb-local-output");
      drain.setDaemon(true);
      drain.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The server itself. */
  URI endpoint() {
    return endpoint;
  }

  /** The proxy adding this round trip. */
  URI delayed(double roundTripMillis) {
    return delayed.get(roundTripMillis);
  }

  /** The server JVM's pid, to report. */
  long pid() {
    return process.pid();
  }

  @Override
  public void close() {
    try {
      process.getOutputStream().close();
      if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (IOException | InterruptedException e) {
      process.destroyForcibly();
    }
  }
}
