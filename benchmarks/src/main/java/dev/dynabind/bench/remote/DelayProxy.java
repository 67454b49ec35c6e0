package dev.dynabind.bench.remote;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.locks.LockSupport;

/**
 * A transparent loopback TCP proxy that models network latency: every byte read from one side is
 * written to the other half a round trip ({@code L/2}) after it arrived, in the order it arrived,
 * in both directions, so a request and its answer together pay {@code L} on top of what the
 * server takes. Bandwidth is not modelled (loopback's), nor loss or jitter. Each connection gets
 * one reader and one writer thread per direction; the writer holds each chunk until its time.
 */
final class DelayProxy implements Closeable {
  /** What a direction's reader hands its writer: bytes, and when they arrived. */
  private record Chunk(byte[] bytes, long arrivedNanos) {}

  private static final Chunk END = new Chunk(new byte[0], 0);

  private final ServerSocket listener;
  private final int targetPort;
  private final long halfDelayNanos;

  /**
   * Listens on a free loopback port.
   *
   * @param targetPort the server's loopback port
   * @param roundTripMillis the added round trip, L
   * @throws IOException when no port can be opened
   */
  DelayProxy(int targetPort, double roundTripMillis) throws IOException {
    this.listener = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
    this.targetPort = targetPort;
    this.halfDelayNanos = (long) (roundTripMillis * 1e6 / 2);
    Thread acceptor = new Thread(this::accept, "delay-proxy-" + roundTripMillis + "ms");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /**
   * The port clients connect to.
   *
   * @return the port
   */
  int port() {
    return listener.getLocalPort();
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket client = listener.accept();
        Socket server = new Socket();
        server.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort));
        client.setTcpNoDelay(true);
        server.setTcpNoDelay(true);
        forward(client, server, "up");
        forward(server, client, "down");
      } catch (IOException e) {
        if (!listener.isClosed()) {
          System.err.println("delay proxy: " + e);
        }
      }
    }
  }

  /** One direction: a reader that stamps chunks and a writer that sends each at its time. */
  private void forward(Socket from, Socket to, String direction) throws IOException {
    InputStream in = from.getInputStream();
    OutputStream out = to.getOutputStream();
    BlockingQueue<Chunk> queue = new LinkedBlockingQueue<>();
    start("delay-proxy-read-" + direction, () -> {
      byte[] buffer = new byte[64 * 1024];
      try {
        for (int n; (n = in.read(buffer)) >= 0; ) {
          queue.add(new Chunk(Arrays.copyOf(buffer, n), System.nanoTime()));
        }
      } catch (IOException closed) {
        // The other side went away: end this direction as well.
      }
      queue.add(END);
    });
    start("delay-proxy-write-" + direction, () -> {
      try {
        for (Chunk chunk = queue.take(); chunk != END; chunk = queue.take()) {
          long due = chunk.arrivedNanos() + halfDelayNanos;
          for (long wait; (wait = due - System.nanoTime()) > 0; ) {
            LockSupport.parkNanos(wait);
          }
          out.write(chunk.bytes());
          out.flush();
        }
        to.shutdownOutput();
      } catch (IOException | InterruptedException closed) {
        closeQuietly(to);
        closeQuietly(from);
      }
    });
  }

  private static void start(String name, Runnable body) {
    Thread thread = new Thread(body, name);
    thread.setDaemon(true);
    thread.start();
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // already closed
    }
  }

  @Override
  public void close() throws IOException {
    listener.close();
  }
}
