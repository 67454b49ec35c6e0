package dev.dynabind.testing;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * What one test class gets from {@link DynamoDbExtension}: the shared {@link DynamoDbServer}, a
 * table name prefix no other test class uses, and clients that count their requests.
 *
 * <pre>{@code
 * @ExtendWith(DynamoDbExtension.class)
 * class UserServiceTest {
 *   private final Dynabind db;
 *
 *   UserServiceTest(LocalDynamoDb dynamo) {
 *     db = Dynabind.builder().client(dynamo.client()).tableNamePrefix(dynamo.tablePrefix()).build();
 *   }
 * }
 * }</pre>
 *
 * <p>One instance per test class, whatever the test instance lifecycle; its clients are closed
 * when the class's tests are done. Clients have the SDK's own retries switched off, so a test sees
 * what DynamoDB answered and Dynabind's retry policy alone decides what is repeated.
 */
public final class LocalDynamoDb implements AutoCloseable {
  private final DynamoDbServer server;
  private final String tablePrefix;
  private final RequestCounter requests = new RequestCounter();
  private final List<DynamoDbClient> clients = new ArrayList<>();
  private DynamoDbClient client;

  LocalDynamoDb(DynamoDbServer server, String tablePrefix) {
    this.server = server;
    this.tablePrefix = tablePrefix;
  }

  /**
   * The server every test of this JVM talks to.
   *
   * @return the server
   */
  public DynamoDbServer server() {
    return server;
  }

  /**
   * A prefix for table names that is fresh for this test class, such as {@code t7_3f2a_}; give
   * it to {@code Dynabind.builder().tableNamePrefix(..)} so classes never see each other's items.
   *
   * @return the prefix
   */
  public String tablePrefix() {
    return tablePrefix;
  }

  /**
   * Counts every request sent by this class's clients, by operation name.
   *
   * @return the counter; {@link RequestCounter#reset()} starts a new count
   */
  public RequestCounter requests() {
    return requests;
  }

  /**
   * The class's client, created on first call and counted by {@link #requests()}.
   *
   * @return the client; closed by the extension
   */
  public synchronized DynamoDbClient client() {
    if (client == null) {
      client = client(new ExecutionInterceptor[0]);
    }
    return client;
  }

  /**
   * A new client whose requests are counted and then pass the given interceptors, such as a
   * {@link FaultInjector} that throttles or fails some of them.
   *
   * @param interceptors run on every request after the counter, in order
   * @return a new client; closed by the extension
   */
  public synchronized DynamoDbClient client(ExecutionInterceptor... interceptors) {
    ExecutionInterceptor[] all = new ExecutionInterceptor[interceptors.length + 1];
    all[0] = requests;
    System.arraycopy(interceptors, 0, all, 1, interceptors.length);
    DynamoDbClient created = TestClients.client(all);
    clients.add(created);
    return created;
  }

  /** Closes every client made here. */
  @Override
  public synchronized void close() {
    clients.forEach(DynamoDbClient::close);
    clients.clear();
    client = null;
  }
}
