package dev.dynabind.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Gives tests a real DynamoDB: a test class annotated
 * {@code @ExtendWith(DynamoDbExtension.class)} receives a {@link DynamoDbClient} (SDK retries off)
 * or the {@link DynamoDbServer} as a constructor or method parameter. The server is found as
 * {@link DynamoDbServer} describes and shared by the whole test JVM; clients are closed after the
 * scope that asked for them.
 */
public final class DynamoDbExtension implements ParameterResolver {

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == DynamoDbClient.class || type == DynamoDbServer.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    if (parameter.getParameter().getType() == DynamoDbServer.class) {
      return DynamoDbServer.shared();
    }
    DynamoDbClient client = TestClients.client();
    context.getStore(ExtensionContext.Namespace.create(DynamoDbExtension.class))
        .put(new Object(), (ExtensionContext.Store.CloseableResource) client::close);
    return client;
  }
}
