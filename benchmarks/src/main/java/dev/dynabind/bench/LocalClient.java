package dev.dynabind.bench;

import java.net.URI;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.DefaultRetryStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The SDK client every benchmark uses for both sides, pointed at a given endpoint (the child JVMs
 * of the cold start benchmark must not start a server of their own). SDK retries are off, so
 * each side's own loop is what re-sends unprocessed work.
 */
public final class LocalClient {
  private LocalClient() {}

  /**
   * A new client.
   *
   * @param endpoint DynamoDB's endpoint, such as {@code http://127.0.0.1:8000}
   * @param interceptors run on every request, such as a request counter
   * @return the client; close it when done
   */
  public static DynamoDbClient create(URI endpoint, ExecutionInterceptor... interceptors) {
    return DynamoDbClient.builder()
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create("dynabind", "local")))
        .overrideConfiguration(c -> c.retryStrategy(DefaultRetryStrategy.doNotRetry())
            .executionInterceptors(List.of(interceptors)))
        .build();
  }
}
