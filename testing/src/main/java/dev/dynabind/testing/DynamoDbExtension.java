package dev.dynabind.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Gives tests a real DynamoDB. A test class annotated {@code @ExtendWith(DynamoDbExtension.class)}
 * receives, as a constructor, lifecycle or test method parameter:
 * <ul>
 *   <li>a {@link LocalDynamoDb}: the class's table prefix, request counter and clients, one per
 *       test class;
 *   <li>a {@link DynamoDbClient} (SDK retries off), closed after the scope that asked for it;
 *   <li>the {@link DynamoDbServer}, found as it describes and shared by the whole test JVM.
 * </ul>
 * Nothing runs, and no server starts, until a test asks for one of them.
 */
public final class DynamoDbExtension implements ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(DynamoDbExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == DynamoDbClient.class || type == DynamoDbServer.class
        || type == LocalDynamoDb.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    if (type == DynamoDbServer.class) {
      return DynamoDbServer.shared();
    }
    if (type == LocalDynamoDb.class) {
      return forClass(context);
    }
    DynamoDbClient client = TestClients.client();
    context.getStore(NAMESPACE)
        .put(new Object(), (ExtensionContext.Store.CloseableResource) client::close);
    return client;
  }

  /** The test class's instance, kept in the class's store so that it closes with the class. */
  private static LocalDynamoDb forClass(ExtensionContext context) {
    ExtensionContext classContext = context;
    while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
      classContext = classContext.getParent().get();
    }
    Resource resource = classContext.getStore(NAMESPACE).getOrComputeIfAbsent(Resource.class,
        k -> new Resource(new LocalDynamoDb(DynamoDbServer.shared(), TestClients.uniquePrefix())),
        Resource.class);
    return resource.dynamo;
  }

  /** Closes the class's clients when JUnit drops the class's store. */
  private static final class Resource implements ExtensionContext.Store.CloseableResource {
    private final LocalDynamoDb dynamo;

    Resource(LocalDynamoDb dynamo) {
      this.dynamo = dynamo;
    }

    @Override
    public void close() {
      dynamo.close();
    }
  }
}
