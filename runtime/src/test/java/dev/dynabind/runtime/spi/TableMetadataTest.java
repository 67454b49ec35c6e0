package dev.dynabind.runtime.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** The metadata types generated codecs build: validation, lookups, shared and recursive shapes. */
class TableMetadataTest {
  private static final KeyAttribute ID = new KeyAttribute("id", "id", ScalarAttributeType.S);
  private static final KeyAttribute AT = new KeyAttribute("at", "at", ScalarAttributeType.N);

  /** A tree node that contains a list of itself, written as the processor writes it. */
  private static final RecordShape NODE = RecordShape.of("t.Node", () -> List.of(
      StoredAttribute.of("name", "name", AttributeShape.string()),
      StoredAttribute.of("children", "kids",
          AttributeShape.list(AttributeShape.record(TableMetadataTest.NODE)))));

  @Test
  void theFourPartConstructorDescribesNoIndexesAndNoAttributes() {
    TableMetadata metadata = new TableMetadata("items", ID, null, null);
    assertEquals(List.of(), metadata.indexes());
    assertEquals(List.of(), metadata.attributes());
    assertEquals(Optional.empty(), metadata.attribute("id"));
  }

  @Test
  void attributesKeepComponentOrderAndAreFoundByStoredName() {
    List<StoredAttribute> attributes = new ArrayList<>(List.of(
        StoredAttribute.key("id", "id", AttributeShape.string()),
        StoredAttribute.key("at", "at", AttributeShape.number()),
        StoredAttribute.of("createdAt", "created_at", AttributeShape.string()),
        StoredAttribute.of("tree", "tree", AttributeShape.record(NODE))));
    TableMetadata metadata = new TableMetadata("items", ID, AT, null, List.of(), attributes);
    attributes.clear();
    assertEquals(List.of("id", "at", "created_at", "tree"),
        metadata.attributes().stream().map(StoredAttribute::attributeName).toList());
    assertEquals("createdAt", metadata.attribute("created_at").orElseThrow().componentName());
    assertEquals(Optional.empty(), metadata.attribute("createdAt"));
    assertThrows(UnsupportedOperationException.class, () -> metadata.attributes().clear());
  }

  @Test
  void twoAttributesMustNotShareAStoredName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new TableMetadata("items", ID, null, null, List.of(), List.of(
            StoredAttribute.key("id", "id", AttributeShape.string()),
            StoredAttribute.of("a", "x", AttributeShape.string()),
            StoredAttribute.of("b", "x", AttributeShape.number()))));
    assertTrue(e.getMessage().contains("'x'"), e.getMessage());
  }

  @Test
  void theAttributesMarkedAsKeysMustBeTheKeySchema() {
    assertThrows(IllegalArgumentException.class,
        () -> new TableMetadata("items", ID, AT, null, List.of(), List.of(
            StoredAttribute.key("id", "id", AttributeShape.string()),
            StoredAttribute.of("at", "at", AttributeShape.number()))));
    assertThrows(IllegalArgumentException.class,
        () -> new TableMetadata("items", ID, null, null, List.of(), List.of(
            StoredAttribute.key("id", "id", AttributeShape.string()),
            StoredAttribute.key("name", "name", AttributeShape.string()))));
  }

  @Test
  void aKeyMustBeStoredAsSnOrB() {
    assertThrows(IllegalArgumentException.class,
        () -> StoredAttribute.key("on", "on", AttributeShape.bool()));
    assertThrows(IllegalArgumentException.class,
        () -> StoredAttribute.key("money", "money", AttributeShape.converted()));
    assertTrue(StoredAttribute.key("blob", "blob", AttributeShape.binary()).key());
  }

  @Test
  void indexesAreFoundByNameAndNamesAreUnique() {
    IndexMetadata byStatus = IndexMetadata.global("byStatus",
        new KeyAttribute("status", "status", ScalarAttributeType.S), AT);
    IndexMetadata byTime = IndexMetadata.local("byTime", AT);
    TableMetadata metadata =
        new TableMetadata("items", ID, null, null, List.of(byStatus, byTime), List.of());
    assertSame(byTime, metadata.index("byTime").orElseThrow());
    assertEquals(Optional.empty(), metadata.index("nope"));
    assertEquals(IndexMetadata.Projection.ALL, byStatus.projection());
    assertEquals(Optional.empty(), byTime.partitionKeyAttribute());
    assertThrows(IllegalArgumentException.class, () -> new TableMetadata("items", ID, null, null,
        List.of(byStatus, IndexMetadata.local("byStatus", AT)), List.of()));
  }

  @Test
  void aGlobalIndexNeedsAPartitionKeyAndALocalOneOnlyASortKey() {
    assertThrows(IllegalArgumentException.class, () -> IndexMetadata.global("g", null, AT));
    assertThrows(IllegalArgumentException.class, () -> IndexMetadata.local("l", null));
    assertThrows(IllegalArgumentException.class, () -> new IndexMetadata("l",
        IndexMetadata.Kind.LOCAL, ID, AT, IndexMetadata.Projection.ALL));
    assertEquals(Optional.empty(), IndexMetadata.global("g", ID, null).sortKeyAttribute());
  }

  @Test
  void shapesHaveExactlyThePartsTheirTypeNeeds() {
    assertThrows(NullPointerException.class, () -> AttributeShape.list(null));
    assertThrows(NullPointerException.class, () -> AttributeShape.map(null));
    assertThrows(IllegalArgumentException.class, () -> new AttributeShape(StoredType.M, null,
        AttributeShape.string(), NODE));
    assertThrows(IllegalArgumentException.class, () -> new AttributeShape(StoredType.S,
        AttributeShape.string(), null, null));
    assertThrows(IllegalArgumentException.class, () -> new AttributeShape(StoredType.L,
        AttributeShape.string(), AttributeShape.string(), null));
    assertEquals(AttributeShape.list(AttributeShape.number()),
        AttributeShape.list(AttributeShape.of(StoredType.N)));
    assertEquals(StoredType.SS, AttributeShape.stringSet().type());
    assertEquals(StoredType.NS, AttributeShape.numberSet().type());
    assertEquals(StoredType.BS, AttributeShape.binarySet().type());
    assertEquals(StoredType.NULL, AttributeShape.of(StoredType.NULL).type());
  }

  @Test
  void aConvertedShapeHasNoTypeAtCompileTime() {
    AttributeShape converted = AttributeShape.converted();
    assertTrue(converted.decidedAtRunTime());
    assertEquals(Optional.empty(), converted.storedType());
    assertFalse(AttributeShape.string().decidedAtRunTime());
    assertEquals(Optional.of(StoredType.S), AttributeShape.string().storedType());
  }

  @Test
  void aRecordThatContainsItselfIsDescribedWithoutLooping() {
    StoredAttribute children = NODE.member("kids").orElseThrow();
    assertEquals("children", children.componentName());
    assertSame(NODE, children.shape().element().record());
    assertEquals(Optional.of(NODE), AttributeShape.record(NODE).recordShape());
    assertEquals("RecordShape[t.Node]", NODE.toString());
    // Identity equality: comparing members would recurse into the same shape forever.
    assertEquals(AttributeShape.record(NODE), AttributeShape.record(NODE));
    assertNotEquals(NODE, RecordShape.of("t.Node", NODE::members));
    assertTrue(AttributeShape.record(NODE).toString().contains("RecordShape[t.Node]"));
  }

  @Test
  void recordMembersAreMadeOnceAndChecked() {
    AtomicInteger calls = new AtomicInteger();
    RecordShape shape = RecordShape.of("t.Point", () -> {
      calls.incrementAndGet();
      return List.of(StoredAttribute.of("x", "x", AttributeShape.number()));
    });
    assertEquals(0, calls.get());
    assertSame(shape.members(), shape.members());
    assertEquals(1, calls.get());
    assertEquals(Optional.empty(), shape.member("y"));

    RecordShape duplicate = RecordShape.of("t.Bad", () -> List.of(
        StoredAttribute.of("a", "x", AttributeShape.number()),
        StoredAttribute.of("b", "x", AttributeShape.number())));
    assertThrows(IllegalArgumentException.class, duplicate::members);
    RecordShape keyed = RecordShape.of("t.Keyed", () -> List.of(
        StoredAttribute.key("a", "a", AttributeShape.number())));
    assertThrows(IllegalArgumentException.class, keyed::members);
  }
}
