package dev.dynabind.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dynabind.testing.TestClients;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** An export writes only the items its typed condition or raw filter matches; count agrees. */
class ExportFilterTest {
  private static List<String> ids(TableExport export) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    export.format(Format.CSV).columns(List.of("id")).to(out);
    return out.toString(StandardCharsets.UTF_8).lines().skip(1).sorted().toList();
  }

  private static List<String> expected(int count, java.util.function.IntPredicate matches) {
    return IntStream.range(0, count).filter(matches).mapToObj(i -> String.format("p-%06d", i))
        .toList();
  }

  @Test
  void typedConditionAndRawFilterSelectTheSameItems() {
    try (DynamoDbClient client = TestClients.client()) {
      ProductRepository products = Catalogue.table(client);
      products.batchSave(Catalogue.products(60));

      TableExport typed = TableExport.of(products).segments(2).where(
          ProductAttributes.stock.ge(30).and(ProductAttributes.category.eq(Product.Category.TOY)));
      List<String> toys = expected(60, i -> i >= 30 && i % 3 == 2);
      assertEquals(toys, ids(typed));
      assertEquals(toys.size(), typed.count());

      // The generic path, as the CLI builds it: expression text with its own placeholders.
      TableExport raw = TableExport.of(products).filter(ScanFilter.of("#s < :s AND #a = :a",
          Map.of("#s", "stock", "#a", "active"),
          Map.of(":s", AttributeValue.fromN("10"), ":a", AttributeValue.fromBool(true))));
      assertEquals(expected(60, i -> i < 10 && i % 2 == 0), ids(raw));

      assertEquals(60, ids(raw.where(null)).size(), "where(null) clears the filter");
    }
  }
}
