package dev.dynabind.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

class FaultInjectorTest {

  /**
   * The injected exception must be what the SDK makes of a real 5xx answer, or a retry loop could
   * pass against the fake and still fail against DynamoDB. The real one comes from a request that
   * reached DynamoDB Local and whose answer was turned into DynamoDB's error answer.
   */
  @ParameterizedTest(name = "HTTP {0}")
  @ValueSource(ints = {500, 503})
  void injectedServerErrorsAreWhatTheSdkMakesOfARealServerErrorAnswer(int status) {
    DynamoDbException injected = FaultInjector.serverError(status);
    DynamoDbException real;
    try (DynamoDbClient client = TestClients.client(new AnswerWith(status,
        injected.awsErrorDetails().errorCode()))) {
      real = assertThrows(DynamoDbException.class, () -> client.listTables());
    }
    assertEquals(real.getClass(), injected.getClass());
    assertEquals(real.statusCode(), injected.statusCode());
    assertEquals(real.awsErrorDetails().errorCode(), injected.awsErrorDetails().errorCode());
    assertEquals(real.awsErrorDetails().serviceName(), injected.awsErrorDetails().serviceName());
    assertEquals(real.isThrottlingException(), injected.isThrottlingException());
  }

  @Test
  void serverErrorsFailTheShareOfBatchRequestsAskedForWithBothStatusCodesAndSendNothingOfThem() {
    FaultInjector faults = FaultInjector.serverErrors(1, 0.5);
    RequestCounter sent = new RequestCounter();
    int failed = 0;
    try (DynamoDbClient client = TestClients.client(faults, sent)) {
      for (int i = 0; i < 100; i++) {
        try {
          // The table does not exist: a request that got through fails with a 400.
          client.batchWriteItem(b -> b.requestItems(Map.of("absent", List.of(WriteRequest.builder()
              .deleteRequest(d -> d.key(Map.of("id", AttributeValue.fromS("x")))).build()))));
        } catch (DynamoDbException e) {
          if (e.statusCode() >= 500) {
            failed++;
          }
        }
      }
    }
    assertEquals(failed, faults.serverErrors());
    assertEquals(faults.serverErrors(500) + faults.serverErrors(503), faults.serverErrors());
    assertTrue(faults.serverErrors(500) > 10 && faults.serverErrors(503) > 10,
        faults.serverErrors(500) + " and " + faults.serverErrors(503));
    assertEquals(100 - failed, sent.count("BatchWriteItem"), "a failed request is not sent");
  }

  /** Turns the real answer into DynamoDB's answer of a server error. */
  private static final class AnswerWith implements ExecutionInterceptor {
    private final int status;
    private final String code;

    AnswerWith(int status, String code) {
      this.status = status;
      this.code = code;
    }

    @Override
    public SdkHttpResponse modifyHttpResponse(Context.ModifyHttpResponse context,
        ExecutionAttributes attributes) {
      // The checksum belongs to the real body, which is replaced.
      return context.httpResponse().toBuilder().statusCode(status).removeHeader("x-amz-crc32")
          .build();
    }

    @Override
    public Optional<InputStream> modifyHttpResponseContent(Context.ModifyHttpResponse context,
        ExecutionAttributes attributes) {
      String body = "{\"__type\":\"com.amazonaws.dynamodb.v20120810#" + code
          + "\",\"message\":\"answered by FaultInjectorTest\"}";
      return Optional.of(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }
  }
}
