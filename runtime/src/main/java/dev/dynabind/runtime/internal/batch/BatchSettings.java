package dev.dynabind.runtime.internal.batch;

import dev.dynabind.runtime.BatchListener;
import dev.dynabind.runtime.RetryPolicy;
import dev.dynabind.runtime.internal.config.Sleeper;
import java.util.concurrent.Executor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * What one batch call needs from its {@code Dynabind}, gathered once per call.
 *
 * @param client the SDK client
 * @param retryPolicy attempts and backoff
 * @param concurrency chunk requests in flight at once
 * @param executor where chunk requests run
 * @param listener receives one event per request
 * @param sleeper waiting and timing
 * @param reportConsumedCapacity whether requests ask for consumed capacity
 */
public record BatchSettings(
    DynamoDbClient client,
    RetryPolicy retryPolicy,
    int concurrency,
    Executor executor,
    BatchListener listener,
    Sleeper sleeper,
    boolean reportConsumedCapacity) {}
