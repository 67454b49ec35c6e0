package dev.dynabind.bench.remote;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/**
 * The server side of the out-of-process benchmarks, run in a JVM of its own by
 * {@link ServerProcess}: DynamoDB Local (in memory) on a free loopback port and one
 * {@link DelayProxy} in front of it per round trip given as an argument (milliseconds). Prints
 * one line, {@code ready <server port> <L>=<proxy port> ...}, then serves until its standard
 * input ends, which is how the benchmark's JVM stops it (also when that JVM dies).
 */
public final class ServerMain {
  private ServerMain() {}

  /**
   * Starts the server and the proxies.
   *
   * @param args the round trips to model, in milliseconds, such as {@code 4 10 25}
   * @throws Exception when DynamoDB Local cannot start
   */
  public static void main(String[] args) throws Exception {
    int port = freeLoopbackPort();
    DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(
        new String[] {"-inMemory", "-disableTelemetry", "-port", Integer.toString(port)});
    server.start();
    List<String> proxies = new ArrayList<>();
    for (String each : args) {
      DelayProxy proxy = new DelayProxy(port, Double.parseDouble(each));
      proxies.add(each + "=" + proxy.port());
    }
    System.out.println("ready " + port + (proxies.isEmpty() ? "" : " " + String.join(" ", proxies)));
    System.out.flush();
    while (System.in.read() >= 0) {
      // wait for the parent to close our input
    }
    server.stop();
    System.exit(0); // DynamoDB Local leaves non-daemon threads behind
  }

  private static int freeLoopbackPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
