package dev.dynabind.testing;

import java.net.URI;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;

/**
 * DynamoDB Local in a container. The only class that names Testcontainers, which is optional: it
 * is loaded only when {@link DynamoDbServer} asks, and a missing Testcontainers surfaces as a
 * {@link LinkageError} there.
 */
final class ContainerDynamoDb {
  private static final String IMAGE = "amazon/dynamodb-local:2.6.1";

  private ContainerDynamoDb() {}

  static boolean dockerAnswers() {
    return DockerClientFactory.instance().isDockerAvailable();
  }

  @SuppressWarnings("resource") // lives as long as the JVM; Testcontainers' reaper removes it
  static URI start() {
    GenericContainer<?> container = new GenericContainer<>(IMAGE).withExposedPorts(8000)
        .withCommand("-jar", "DynamoDBLocal.jar", "-inMemory", "-disableTelemetry");
    container.start();
    return URI.create("http://" + container.getHost() + ":" + container.getMappedPort(8000));
  }
}
