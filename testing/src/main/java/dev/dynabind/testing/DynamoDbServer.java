package dev.dynabind.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;

/**
 * The one DynamoDB a JVM's tests talk to, found in this order: the endpoint in
 * {@code DYNAMODB_ENDPOINT}; DynamoDB Local in a container when a Docker engine answers; else
 * DynamoDB Local embedded in this JVM on a free loopback port. Started on first use and shared.
 *
 * <p>Testcontainers is an optional dependency: without it on the class path, or without a Docker
 * engine, the container step is skipped. The embedded server lets the JVM exit once the rest of
 * the program is done, and its start-up banner is not printed.
 */
public final class DynamoDbServer {
  /** The environment variable naming an endpoint to use instead of starting anything. */
  public static final String ENDPOINT_ENV = "DYNAMODB_ENDPOINT";

  private static volatile DynamoDbServer shared;

  private final URI endpoint;
  private final String kind;

  private DynamoDbServer(URI endpoint, String kind) {
    this.endpoint = endpoint;
    this.kind = kind;
  }

  /**
   * The shared server, started on first call.
   *
   * @return the server
   */
  public static DynamoDbServer shared() {
    DynamoDbServer server = shared;
    if (server == null) {
      synchronized (DynamoDbServer.class) {
        server = shared;
        if (server == null) {
          server = start();
          shared = server;
        }
      }
    }
    return server;
  }

  /**
   * Where requests go.
   *
   * @return the endpoint
   */
  public URI endpoint() {
    return endpoint;
  }

  /**
   * How the server was found: {@code endpoint}, {@code testcontainers} or {@code embedded}.
   *
   * @return the kind
   */
  public String kind() {
    return kind;
  }

  private static DynamoDbServer start() {
    String configured = System.getenv(ENDPOINT_ENV);
    if (configured != null && !configured.isBlank()) {
      return new DynamoDbServer(URI.create(configured.trim()), "endpoint");
    }
    if (dockerAnswers()) {
      return startContainer();
    }
    return startEmbedded();
  }

  /** Testcontainers' classes are only linked here, so a class path without them still works. */
  private static boolean dockerAnswers() {
    try {
      return ContainerDynamoDb.dockerAnswers();
    } catch (RuntimeException | LinkageError e) {
      return false;
    }
  }

  private static DynamoDbServer startContainer() {
    return new DynamoDbServer(ContainerDynamoDb.start(), "testcontainers");
  }

  /**
   * Starts DynamoDB Local in this JVM. It listens on every interface (it has no bind option), so
   * clients are only ever pointed at 127.0.0.1.
   */
  private static DynamoDbServer startEmbedded() {
    int port = freeLoopbackPort();
    EmbeddedDynamoDb.start(port);
    return new DynamoDbServer(URI.create("http://127.0.0.1:" + port), "embedded");
  }

  private static int freeLoopbackPort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
