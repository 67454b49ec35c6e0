package dev.dynabind.io;

import dev.dynabind.runtime.Dynabind;
import dev.dynabind.testing.TestClients;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/** Test catalogues: products of every stored type, and tables compared by a full scan. */
final class Catalogue {
  private Catalogue() {}

  static Dynabind db(DynamoDbClient client) {
    return Dynabind.builder().client(client).tableNamePrefix(TestClients.uniquePrefix()).build();
  }

  /** A fresh, empty products table under its own prefix. */
  static ProductRepository table(DynamoDbClient client) {
    ProductRepository products = new ProductRepository(db(client));
    products.createTable();
    return products;
  }

  static Stream<Product> products(int count) {
    return IntStream.range(0, count).mapToObj(Catalogue::product);
  }

  /** Product {@code i}; every third one leaves its optional parts out. */
  static Product product(int i) {
    boolean sparse = i % 3 == 2;
    return new Product(
        String.format("p-%06d", i),
        "Product \"" + i + "\", with a comma\nand a line break",
        i,
        i * 1_000_000_007L,
        i / 7.0,
        new BigDecimal("12345678901234567890.123456789").add(BigDecimal.valueOf(i)),
        BigInteger.TEN.pow(30).add(BigInteger.valueOf(i)),
        i % 2 == 0,
        (char) ('A' + i % 26),
        new byte[] {(byte) i, (byte) (i >> 8), 0, -1},
        sparse ? null : SdkBytes.fromUtf8String("thumb-" + i),
        new UUID(i, -i),
        Instant.ofEpochSecond(1_700_000_000L + i, i % 1000),
        Product.Category.values()[i % 3],
        sparse ? null : Set.of("tag-" + i % 10, "all"),
        Set.of(i % 50, 100 + i % 7),
        sparse ? null : Set.of(SdkBytes.fromByteArray(new byte[] {1, (byte) i})),
        List.of("first", "", "note " + i),
        List.of(new Product.Dimension("cm", i + 0.5), new Product.Dimension("kg", 2)),
        Map.of("oslo", i % 11, "bergen", 3),
        sparse ? null : new Product.Dimension("box", i),
        sparse ? Optional.empty() : Optional.of("nick-" + i));
  }

  /** Every item of a table, by id, as stored. */
  static Map<String, Map<String, AttributeValue>> scan(DynamoDbClient client, String table) {
    Map<String, Map<String, AttributeValue>> items = new HashMap<>();
    client.scanPaginator(ScanRequest.builder().tableName(table).build()).items()
        .forEach(item -> items.put(item.get("id").s(), item));
    return items;
  }
}
