package dev.dynabind.bench.coldstart;

import dev.dynabind.bench.LocalClient;
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
 * One fresh JVM of the cold start benchmark: from the first line of {@code main}, builds one
 * side's schema, encodes the first item, then reads the pre-written items with one batchGet.
 * Prints {@code RESULT <schemaNanos> <firstReadNanos> <itemsRead>} and exits.
 *
 * <p>Arguments: {@code dynabind|enhanced|handwritten <endpoint> <tableNamePrefix> <itemCount>}.
 * {@code handwritten} only encodes the first item with the hand-written codec and sends nothing:
 * the floor that class loading of the SDK's model sets for any codec.
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
    long schemaReady;
    int read;
    if (side.equals("handwritten")) {
      HandWrittenCustomerCodec.encode(Fixtures.customer(0));
      schemaReady = System.nanoTime();
      System.out.println("RESULT " + (schemaReady - start) + " -1 " + count);
      System.exit(0);
      return;
    }
    if (side.equals("dynabind")) {
      CustomerCodec.INSTANCE.encode(Fixtures.customer(0));
      schemaReady = System.nanoTime();
      List<String> ids = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        ids.add(Fixtures.id(i));
      }
      DynamoDbClient client = LocalClient.create(endpoint);
      Dynabind db = Dynabind.builder().client(client).tableNamePrefix(prefix).build();
      read = new CustomerRepository(db).batchGet(ids).size();
    } else {
      TableSchema<CustomerBean> schema = TableSchema.fromBean(CustomerBean.class);
      schema.itemToMap(Fixtures.bean(0), true);
      schemaReady = System.nanoTime();
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
      read = (int) enhanced.batchGetItem(r -> r.readBatches(readBatch))
          .resultsForTable(table).stream().count();
    }
    long firstRead = System.nanoTime();
    System.out.println("RESULT " + (schemaReady - start) + " " + (firstRead - start) + " " + read);
    System.exit(read == count ? 0 : 2);
  }
}
