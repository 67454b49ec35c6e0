package dev.dynabind.testing;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.DefaultRetryStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** SDK clients pointed at the shared test DynamoDB. */
public final class TestClients {
  private static final AtomicInteger TABLES = new AtomicInteger();

  private TestClients() {}

  /**
   * A client with the SDK's own retries switched off, so that Dynabind's retry loop is the one
   * under test, and with the given interceptors (request counters, fault injectors).
   *
   * @param interceptors run on every request, in order
   * @return a new client; close it when done
   */
  public static DynamoDbClient client(ExecutionInterceptor... interceptors) {
    return DynamoDbClient.builder()
        .endpointOverride(DynamoDbServer.shared().endpoint())
        .region(Region.US_EAST_1)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create("dynabind", "local")))
        .overrideConfiguration(c -> c.retryStrategy(DefaultRetryStrategy.doNotRetry())
            .executionInterceptors(List.of(interceptors)))
        .build();
  }

  /**
   * A table name prefix no other test uses, so tests sharing one server never see each other's
   * items.
   *
   * @return a prefix such as {@code t7_3f2a_}
   */
  public static String uniquePrefix() {
    return "t" + TABLES.incrementAndGet() + "_" + UUID.randomUUID().toString().substring(0, 4) + "_";
  }
}
