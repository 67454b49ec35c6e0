package dev.dynabind.processor;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import java.util.Map;

/**
 * The runtime types generated code refers to, named rather than linked: the processor must run
 * without the runtime on its class path.
 */
final class Names {
  static final String RUNTIME = "dev.dynabind.runtime";
  static final ClassName TABLE_CODEC = ClassName.get(RUNTIME + ".spi", "TableCodec");
  static final ClassName TABLE_METADATA = ClassName.get(RUNTIME + ".spi", "TableMetadata");
  static final ClassName KEY_ATTRIBUTE = ClassName.get(RUNTIME + ".spi", "KeyAttribute");
  static final ClassName LOCK_SPEC = ClassName.get(RUNTIME + ".spi", "LockSpec");
  static final ClassName LIFECYCLE_SPEC = ClassName.get(RUNTIME + ".spi", "LifecycleSpec");
  static final ClassName WRITE_STAMP = ClassName.get(RUNTIME + ".spi", "WriteStamp");
  static final ClassName STORED_ATTRIBUTE = ClassName.get(RUNTIME + ".spi", "StoredAttribute");
  static final ClassName ATTRIBUTE_SHAPE = ClassName.get(RUNTIME + ".spi", "AttributeShape");
  static final ClassName RECORD_SHAPE = ClassName.get(RUNTIME + ".spi", "RecordShape");
  static final ClassName REPOSITORY = ClassName.get(RUNTIME, "Repository");
  static final ClassName LOCKED_REPOSITORY = ClassName.get(RUNTIME, "LockedRepository");
  static final ClassName SORT_KEY = ClassName.get(RUNTIME, "SortKey");
  static final ClassName SECONDARY_INDEX = ClassName.get(RUNTIME, "SecondaryIndex");
  static final ClassName SORTED_INDEX = ClassName.get(RUNTIME, "SortedIndex");
  static final ClassName QUERY_OPTIONS = ClassName.get(RUNTIME, "QueryOptions");
  static final ClassName PAGE_REQUEST = ClassName.get(RUNTIME, "PageRequest");
  static final ClassName PAGE = ClassName.get(RUNTIME, "Page");
  static final ClassName INDEX_METADATA = ClassName.get(RUNTIME + ".spi", "IndexMetadata");
  static final ClassName DYNABIND = ClassName.get(RUNTIME, "Dynabind");
  static final ClassName ITEM_DECODE_EXCEPTION = ClassName.get(RUNTIME, "ItemDecodeException");
  static final ClassName ENCODERS = ClassName.get(RUNTIME + ".spi", "Encoders");
  static final ClassName DECODERS = ClassName.get(RUNTIME + ".spi", "Decoders");
  static final ClassName TIME_KEYS = ClassName.get(RUNTIME + ".spi", "TimeKeys");
  static final ClassName ATTRIBUTE_TYPE_EXCEPTION =
      ClassName.get(RUNTIME + ".spi", "AttributeTypeException");
  static final ClassName ATTRIBUTE_VALUE =
      ClassName.get("software.amazon.awssdk.services.dynamodb.model", "AttributeValue");
  static final ClassName SCALAR_ATTRIBUTE_TYPE =
      ClassName.get("software.amazon.awssdk.services.dynamodb.model", "ScalarAttributeType");
  static final TypeName ITEM = ParameterizedTypeName.get(
      ClassName.get(Map.class), ClassName.get(String.class), ATTRIBUTE_VALUE);
  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  static final String PROCESSOR = "dev.dynabind.processor.DynabindProcessor";

  private Names() {}

  /** No date: the same input must give the same bytes. */
  static AnnotationSpec generated() {
    return AnnotationSpec.builder(GENERATED).addMember("value", "$S", PROCESSOR).build();
  }
}
