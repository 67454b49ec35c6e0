package dev.dynabind.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import dev.dynabind.runtime.ItemDecodeException;
import dev.dynabind.runtime.spi.TableCodec;
import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Compiles good records with the processor and runs the generated codecs. */
class GeneratedCodecTest {
  private static GeneratedClassLoader loader;

  @BeforeAll
  static void compile() {
    Compilation compilation = Compilations.compile("good/Everything.java", "good/Money.java",
        "good/MoneyConverter.java", "good/Blob.java", "good/Order.java", "good/Fixtures.java");
    assertThat(compilation).succeeded();
    loader = new GeneratedClassLoader(compilation);
  }

  @SuppressWarnings("unchecked")
  private static TableCodec<Object, Object> codec(String record) throws Exception {
    return (TableCodec<Object, Object>) loader.loadClass("shop." + record + "Codec")
        .getField("INSTANCE").get(null);
  }

  private static Object fixture(String method, Object... args) throws Exception {
    for (var m : loader.loadClass("shop.Fixtures").getMethods()) {
      if (m.getName().equals(method)) {
        try {
          return m.invoke(null, args);
        } catch (InvocationTargetException e) {
          throw (Exception) e.getCause();
        }
      }
    }
    throw new AssertionError(method);
  }

  @Test
  void everySupportedTypeSurvivesARoundTrip() throws Exception {
    TableCodec<Object, Object> codec = codec("Everything");
    Object item = fixture("everything");
    Map<String, AttributeValue> encoded = codec.encode(item);
    Object decoded = codec.decode(encoded);
    assertThat(decoded).isEqualTo(item);
    assertThat(codec.encode(decoded)).isEqualTo(encoded);
  }

  @Test
  void storedFormsAreTheEnhancedClientsAndRenamedAttributesAreUsed() throws Exception {
    Map<String, AttributeValue> encoded = codec("Everything").encode(fixture("everything"));
    assertThat(encoded.get("id").s()).isEqualTo("123e4567-e89b-12d3-a456-426614174000");
    assertThat(encoded.get("instant").s()).isEqualTo("2024-01-02T03:04:05.123456789Z");
    assertThat(encoded.get("color").s()).isEqualTo("GREEN");
    assertThat(encoded.get("money").s()).isEqualTo("12.50 EUR");
    assertThat(encoded.get("listWithNulls").l().get(1).nul()).isTrue();
    AttributeValue leaf = encoded.get("nested").m().get("child").m().get("leaf");
    assertThat(leaf.m().get("v").s()).isEqualTo("deep");
    assertThat(encoded).doesNotContainKey("missing");
  }

  @Test
  void nullComponentsAreNotWrittenAndAbsentAttributesReadAsNullOrDefault() throws Exception {
    TableCodec<Object, Object> codec = codec("Everything");
    Object sparse = fixture("sparse");
    Map<String, AttributeValue> encoded = codec.encode(sparse);
    // the key, the eight primitives and nothing else
    assertThat(encoded).hasSize(9);
    assertThat(codec.decode(Map.of("id", encoded.get("id")))).isEqualTo(sparse);
  }

  @Test
  void aWrongTypedAttributeNamesTableKeyAndPath() throws Exception {
    TableCodec<Object, Object> codec = codec("Everything");
    Map<String, AttributeValue> encoded = new HashMap<>(codec.encode(fixture("everything")));
    Map<String, AttributeValue> nested = new HashMap<>(encoded.get("nested").m());
    Map<String, AttributeValue> child = new HashMap<>(nested.get("child").m());
    child.put("n", AttributeValue.fromS("seven"));
    nested.put("child", AttributeValue.fromM(child));
    encoded.put("nested", AttributeValue.fromM(nested));
    ItemDecodeException e = assertThrows(ItemDecodeException.class, () -> codec.decode(encoded));
    assertThat(e.tableName()).isEqualTo("everything");
    assertThat(e.attribute()).isEqualTo("nested.child.n");
    assertThat(e.getMessage()).contains("123e4567-e89b-12d3-a456-426614174000");
  }

  @Test
  void aWrongTypedListElementNamesItsIndex() throws Exception {
    TableCodec<Object, Object> codec = codec("Everything");
    Map<String, AttributeValue> encoded = new HashMap<>(codec.encode(fixture("everything")));
    encoded.put("listWithNulls", AttributeValue.fromL(
        List.of(AttributeValue.fromS("a"), AttributeValue.fromS("b"), AttributeValue.fromN("3"))));
    ItemDecodeException e = assertThrows(ItemDecodeException.class, () -> codec.decode(encoded));
    assertThat(e.attribute()).isEqualTo("listWithNulls[2]");
  }

  @Test
  void aNullKeyIsAnIllegalArgumentNamingTheComponent() throws Exception {
    TableCodec<Object, Object> codec = codec("Everything");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> codec.encode(fixture("withId", (UUID) null)));
    assertThat(e).hasMessageThat().contains("'id'");
    assertThrows(IllegalArgumentException.class, () -> codec.encodeKey(null));
  }

  @Test
  void anEmptyKeyIsAnIllegalArgumentNamingTheComponent() throws Exception {
    TableCodec<Object, Object> codec = codec("Blob");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> codec.encode(fixture("blob", new byte[0], new byte[] {1})));
    assertThat(e).hasMessageThat().contains("Key component 'id' of table 'blobs' is empty");
    TableCodec<Object, Object> orders = codec("Order");
    e = assertThrows(IllegalArgumentException.class,
        () -> orders.encodeKey(fixture("orderKey", "", 1L)));
    assertThat(e).hasMessageThat().contains("'customerId'");
  }

  @Test
  void aNullCompositeKeyIsAnIllegalArgument() throws Exception {
    TableCodec<Object, Object> orders = codec("Order");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> orders.encodeKey(null));
    assertThat(e).hasMessageThat().isEqualTo("Key of table 'orders' is null");
  }

  @Test
  void bytesSurviveARoundTrip() throws Exception {
    TableCodec<Object, Object> codec = codec("Blob");
    Object blob = fixture("blob", new byte[] {1, 2}, new byte[] {3, 4, 5});
    Object decoded = codec.decode(codec.encode(blob));
    byte[] data = (byte[]) decoded.getClass().getMethod("data").invoke(decoded);
    assertThat(Arrays.equals(data, new byte[] {3, 4, 5})).isTrue();
  }

  @Test
  void compositeKeysAreExtractedAndEncoded() throws Exception {
    TableCodec<Object, Object> orders = codec("Order");
    Object order = fixture("order", "c-1", 42L);
    Object key = orders.keyOf(order);
    assertThat(key).isEqualTo(fixture("orderKey", "c-1", 42L));
    assertThat(orders.encodeKey(key)).isEqualTo(Map.of(
        "customerId", AttributeValue.fromS("c-1"), "orderNo", AttributeValue.fromN("42")));
    assertThat(orders.decode(orders.encode(order))).isEqualTo(order);
    assertThat(orders.metadata().sortKey().componentName()).isEqualTo("orderNo");
  }
}
