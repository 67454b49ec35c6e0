package dev.dynabind.it;

import dev.dynabind.runtime.Dynabind;
import dev.dynabind.testing.TestClients;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** A {@link Dynabind} per test, with a table name prefix no other test uses. */
final class Databases {
  private Databases() {}

  static Dynabind fresh(DynamoDbClient client) {
    return Dynabind.builder().client(client).tableNamePrefix(TestClients.uniquePrefix())
        .requireBatchContext(false).build();
  }
}
