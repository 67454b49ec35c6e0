package dev.dynabind.runtime.context;

import dev.dynabind.runtime.BatchContextRequiredException;
import dev.dynabind.runtime.Dynabind;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Run in a child JVM by {@link StrictModeTest}: builds a {@link Dynabind} without saying anything
 * about strict mode and reports what a read outside a context does. The check happens before any
 * request, so the client points nowhere reachable.
 */
public final class StrictModeProbe {
  static final String PREFIX = "rejected: ";

  private StrictModeProbe() {}

  public static void main(String[] args) {
    try (DynamoDbClient client = DynamoDbClient.builder().region(Region.US_EAST_1)
        .credentialsProvider(AnonymousCredentialsProvider.create())
        .endpointOverride(URI.create("http://127.0.0.1:9")).build()) {
      Dynabind db = Dynabind.builder().client(client).build();
      try {
        new Person.Repo(db).get("a");
        System.out.println("not rejected");
        System.exit(1);
      } catch (BatchContextRequiredException e) {
        System.out.println(PREFIX + e.getMessage());
      }
    }
  }
}
