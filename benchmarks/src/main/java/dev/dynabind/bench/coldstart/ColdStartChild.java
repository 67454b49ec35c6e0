package dev.dynabind.bench.coldstart;

import dev.dynabind.bench.LocalClient;
import dev.dynabind.bench.model.Customer;
import dev.dynabind.bench.model.CustomerBean;
import dev.dynabind.bench.model.CustomerCodec;
import dev.dynabind.bench.model.CustomerRepository;
import dev.dynabind.bench.model.Fixtures;
import dev.dynabind.bench.model.HandWrittenCustomerCodec;
import dev.dynabind.runtime.Dynabind;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.ReadBatch;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * One fresh JVM of the cold start benchmark. From the first line of {@code main} it builds the
 * side's fixture object (JDK classes every side needs; timed apart so that it burdens no side),
 * then builds the side's schema and encodes the item, then reads the pre-written items with one
 * batchGet. Prints {@code RESULT <fixtureNanos> <schemaAndEncodeNanos> <firstReadNanos> <read>}
 * and exits; {@code firstReadNanos} counts from the first line of {@code main}.
 *
 * <p>Arguments: {@code dynabind|enhanced|handwritten <endpoint> <tableNamePrefix> <itemCount>}.
 * {@code handwritten} only encodes with the hand-written codec and sends nothing: the floor that
 * loading the SDK's {@code AttributeValue} model sets for any codec.
 */
public final class ColdStartChild {
  private ColdStartChild() {}

  /**
   * Runs one side once.
   *
   * @param args side, endpoint, table name prefix, item count
   */
  public static void main(String[] args) {
    long start = System.nanoTime();
    String side = args[0];
    URI endpoint = URI.create(args[1]);
    String prefix = args[2];
    int count = Integer.parseInt(args[3]);
    long fixtureReady;
    long schemaReady;
    int read;
    if (side.equals("enhanced")) {
      CustomerBean first = Fixtures.bean(0);
      fixtureReady = System.nanoTime();
      TableSchema<CustomerBean> schema = TableSchema.fromBean(CustomerBean.class);
      schema.itemToMap(first, true);
      schemaReady = System.nanoTime();
      read = enhancedBatchGet(endpoint, prefix, count, schema);
    } else {
      Customer first = Fixtures.customer(0);
      fixtureReady = System.nanoTime();
      if (side.equals("handwritten")) {
        HandWrittenCustomerCodec.encode(first);
        schemaReady = System.nanoTime();
        report(start, fixtureReady, schemaReady, -1, count);
        System.exit(0);
        return;
      }
      CustomerCodec.INSTANCE.encode(first);
      schemaReady = System.nanoTime();
      List<String> ids = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        ids.add(Fixtures.id(i));
      }
      DynamoDbClient client = LocalClient.create(endpoint);
      Dynabind db = Dynabind.builder().client(client).tableNamePrefix(prefix).build();
      read = new CustomerRepository(db).batchGet(ids).size();
    }
    report(start, fixtureReady, schemaReady, System.nanoTime() - start, read);
    System.exit(read == count ? 0 : 2);
  }

  private static int enhancedBatchGet(URI endpoint, String prefix, int count,
      TableSchema<CustomerBean> schema) {
    DynamoDbClient client = LocalClient.create(endpoint);
    DynamoDbEnhancedClient enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(client).build();
    DynamoDbTable<CustomerBean> table = enhanced.table(prefix + "customers", schema);
    ReadBatch.Builder<CustomerBean> batch =
        ReadBatch.builder(CustomerBean.class).mappedTableResource(table);
    for (int i = 0; i < count; i++) {
      batch.addGetItem(Key.builder().partitionValue(Fixtures.id(i)).build());
    }
    ReadBatch readBatch = batch.build();
    // The page iterable re-sends unprocessed keys on its own.
    return (int) enhanced.batchGetItem(r -> r.readBatches(readBatch))
        .resultsForTable(table).stream().count();
  }

  private static void report(long start, long fixtureReady, long schemaReady, long firstRead,
      int read) {
    System.out.println("RESULT " + (fixtureReady - start) + " " + (schemaReady - fixtureReady)
        + " " + firstRead + " " + read);
  }
}
