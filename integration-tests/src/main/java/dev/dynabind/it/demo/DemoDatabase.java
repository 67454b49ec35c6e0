package dev.dynabind.it.demo;

import dev.dynabind.testing.DynamoDbServer;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The DynamoDB the demo talks to: {@code DYNAMODB_ENDPOINT} when set, else DynamoDB Local (in a
 * container when Docker answers, else embedded in this JVM), found as the tests find it.
 */
final class DemoDatabase {
  private DemoDatabase() {}

  static DynamoDbServer server() {
    return DynamoDbServer.shared();
  }

  /**
   * A client with the SDK's normal retries and static credentials DynamoDB Local accepts.
   *
   * @param interceptors run on every request, such as a request counter
   */
  static DynamoDbClient client(DynamoDbServer server, ExecutionInterceptor... interceptors) {
    return DynamoDbClient.builder()
        .endpointOverride(server.endpoint())
        .region(Region.US_EAST_1)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create("demo", "demo")))
        .overrideConfiguration(c -> c.executionInterceptors(List.of(interceptors)))
        .build();
  }
}
