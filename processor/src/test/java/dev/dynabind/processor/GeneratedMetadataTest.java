package dev.dynabind.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.dynabind.runtime.spi.AttributeShape;
import dev.dynabind.runtime.spi.RecordShape;
import dev.dynabind.runtime.spi.StoredAttribute;
import dev.dynabind.runtime.spi.StoredType;
import dev.dynabind.runtime.spi.TableCodec;
import dev.dynabind.runtime.spi.TableMetadata;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Loads generated codecs and reads the stored shape of every attribute from their metadata. */
class GeneratedMetadataTest {
  private static GeneratedClassLoader loader;

  @BeforeAll
  static void compile() {
    Compilation compilation = Compilations.compile("good/Everything.java", "good/Money.java",
        "good/MoneyConverter.java", "good/Order.java", "good/User.java");
    assertThat(compilation).succeeded();
    loader = new GeneratedClassLoader(compilation);
  }

  private static TableMetadata metadata(String record) throws Exception {
    return ((TableCodec<?, ?>) loader.loadClass("shop." + record + "Codec")
        .getField("INSTANCE").get(null)).metadata();
  }

  private static AttributeShape shape(TableMetadata metadata, String attribute) {
    return metadata.attribute(attribute).orElseThrow().shape();
  }

  private static AttributeShape member(RecordShape record, String attribute) {
    return record.member(attribute).orElseThrow().shape();
  }

  @Test
  void attributesFollowTheRecordComponentsInOrder() throws Exception {
    List<String> components = Arrays.stream(loader.loadClass("shop.Everything")
        .getRecordComponents()).map(c -> c.getName()).toList();
    List<String> described = metadata("Everything").attributes().stream()
        .map(StoredAttribute::componentName).toList();
    assertThat(described).containsExactlyElementsIn(components).inOrder();
  }

  @Test
  void scalarsAreStoredAsSNBOrBool() throws Exception {
    TableMetadata metadata = metadata("Everything");
    for (String number : List.of("i", "l", "s", "b", "d", "f", "bi", "bl", "dec", "big")) {
      assertThat(shape(metadata, number)).isEqualTo(AttributeShape.number());
    }
    for (String string : List.of("c", "bc", "str", "color", "instant", "zoneId", "yearMonth")) {
      assertThat(shape(metadata, string).type()).isEqualTo(StoredType.S);
    }
    assertThat(shape(metadata, "bo").type()).isEqualTo(StoredType.BOOL);
    assertThat(shape(metadata, "bbo").type()).isEqualTo(StoredType.BOOL);
    assertThat(shape(metadata, "sdk").type()).isEqualTo(StoredType.B);
  }

  @Test
  void setsAreStoredAsSsNsOrBs() throws Exception {
    TableMetadata metadata = metadata("Everything");
    assertThat(shape(metadata, "ss").type()).isEqualTo(StoredType.SS);
    assertThat(shape(metadata, "ns").type()).isEqualTo(StoredType.NS);
    assertThat(shape(metadata, "decimals").type()).isEqualTo(StoredType.NS);
    assertThat(shape(metadata, "binaries").type()).isEqualTo(StoredType.BS);
  }

  @Test
  void optionalHasTheShapeOfItsElement() throws Exception {
    TableMetadata metadata = metadata("Everything");
    assertThat(shape(metadata, "present")).isEqualTo(AttributeShape.string());
    assertThat(shape(metadata, "missing")).isEqualTo(AttributeShape.number());
    assertThat(shape(metadata, "optionals"))
        .isEqualTo(AttributeShape.list(AttributeShape.string()));
  }

  @Test
  void listsAndMapsDescribeTheirElementsToAnyDepth() throws Exception {
    TableMetadata metadata = metadata("Everything");
    assertThat(shape(metadata, "listWithNulls"))
        .isEqualTo(AttributeShape.list(AttributeShape.string()));
    AttributeShape deep = shape(metadata, "deep");
    assertThat(deep.type()).isEqualTo(StoredType.L);
    assertThat(deep.element().type()).isEqualTo(StoredType.M);
    assertThat(deep.element().record()).isNull();
    assertThat(deep.element().value()).isEqualTo(AttributeShape.list(AttributeShape.number()));
  }

  @Test
  void nestedRecordsTwoLevelsDeepListTheirMembersByStoredName() throws Exception {
    AttributeShape nested = shape(metadata("Everything"), "nested");
    assertThat(nested.type()).isEqualTo(StoredType.M);
    assertThat(nested.value()).isNull();
    RecordShape level1 = nested.record();
    assertThat(level1.recordName()).isEqualTo("shop.Everything.Level1");
    assertThat(level1.members().stream().map(StoredAttribute::attributeName).toList())
        .containsExactly("name", "child", "children").inOrder();
    RecordShape level2 = member(level1, "child").record();
    assertThat(member(level2, "n")).isEqualTo(AttributeShape.number());
    RecordShape level3 = member(level2, "leaf").record();
    StoredAttribute renamed = level3.member("v").orElseThrow();
    assertThat(renamed.componentName()).isEqualTo("value");
    assertThat(renamed.shape()).isEqualTo(AttributeShape.string());
    assertThat(level3.member("value")).isEmpty();
    assertThat(member(level3, "when")).isEqualTo(AttributeShape.string());
  }

  @Test
  void aRecordStoredInSeveralPlacesSharesOneShape() throws Exception {
    TableMetadata metadata = metadata("Everything");
    RecordShape level1 = shape(metadata, "nested").record();
    assertThat(shape(metadata, "levels").value().record()).isSameInstanceAs(level1);
    RecordShape level2 = member(level1, "child").record();
    assertThat(member(level1, "children").element().record()).isSameInstanceAs(level2);
  }

  @Test
  void aRecordThatContainsItselfRefersToItsOwnShape() throws Exception {
    RecordShape node = shape(metadata("Everything"), "tree").record();
    assertThat(node.recordName()).isEqualTo("shop.Everything.Node");
    assertThat(member(node, "children").element().record()).isSameInstanceAs(node);
    assertThat(node.toString()).isEqualTo("RecordShape[shop.Everything.Node]");
  }

  @Test
  void aConvertedComponentsTypeIsDecidedAtRunTime() throws Exception {
    AttributeShape money = shape(metadata("Everything"), "money");
    assertThat(money.decidedAtRunTime()).isTrue();
    assertThat(money.type()).isNull();
    assertThat(money.storedType()).isEmpty();
  }

  @Test
  void onlyKeyComponentsAreMarkedAsKeys() throws Exception {
    TableMetadata everything = metadata("Everything");
    assertThat(everything.attributes().stream().filter(StoredAttribute::key)
        .map(StoredAttribute::attributeName).toList()).containsExactly("id");
    assertThat(shape(everything, "id")).isEqualTo(AttributeShape.string());

    TableMetadata order = metadata("Order");
    assertThat(order.attributes().stream().filter(StoredAttribute::key)
        .map(StoredAttribute::attributeName).toList())
        .containsExactly("customerId", "orderNo").inOrder();
    assertThat(shape(order, "orderNo")).isEqualTo(AttributeShape.number());
    RecordShape line = shape(order, "lines").element().record();
    assertThat(member(line, "sku")).isEqualTo(AttributeShape.string());
    assertThat(member(line, "quantity")).isEqualTo(AttributeShape.number());
  }

  @Test
  void attributesAreFoundByStoredNameNotComponentName() throws Exception {
    TableMetadata user = metadata("User");
    StoredAttribute createdAt = user.attribute("created_at").orElseThrow();
    assertThat(createdAt.componentName()).isEqualTo("createdAt");
    assertThat(user.attribute("createdAt")).isEmpty();
    RecordShape address = shape(user, "address").record();
    assertThat(address.member("zip_code").orElseThrow().componentName()).isEqualTo("zip");
  }

  @Test
  void noIndexesAreDescribedYet() throws Exception {
    assertThat(metadata("Everything").indexes()).isEmpty();
    assertThat(metadata("Order").indexes()).isEmpty();
    assertThat(metadata("Order").index("byStatus")).isEmpty();
  }
}
