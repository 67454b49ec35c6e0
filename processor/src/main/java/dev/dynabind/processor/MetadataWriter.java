package dev.dynabind.processor;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import dev.dynabind.processor.TableModel.ComponentModel;
import dev.dynabind.processor.TableModel.IndexModel;
import dev.dynabind.processor.TableModel.KeyModel;
import dev.dynabind.processor.TableModel.LifecycleModel;
import dev.dynabind.processor.TableModel.LockModel;
import dev.dynabind.processor.TableModel.RecordModel;
import dev.dynabind.processor.TypeMapping.Converted;
import dev.dynabind.processor.TypeMapping.ListOf;
import dev.dynabind.processor.TypeMapping.MapOf;
import dev.dynabind.processor.TypeMapping.NestedRecord;
import dev.dynabind.processor.TypeMapping.OptionalOf;
import dev.dynabind.processor.TypeMapping.Scalar;
import dev.dynabind.processor.TypeMapping.SetOf;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes a codec's {@code METADATA} constant and the {@code RecordShape} constants it refers to:
 * one per nested record, shared by every place the record is stored.
 */
final class MetadataWriter {
  private final TableModel table;
  private final ClassName codec;
  /** The constant of each nested record, by its key in {@link TableModel#records()}. */
  private final Map<String, String> shapeFields = new LinkedHashMap<>();

  MetadataWriter(TableModel table, ClassName codec) {
    this.table = table;
    this.codec = codec;
    Set<String> used = new HashSet<>();
    for (Map.Entry<String, RecordModel> record : table.records().entrySet()) {
      String base = record.getValue().methodSuffix().replaceAll("([a-z0-9])([A-Z])", "$1_$2")
          .toUpperCase(Locale.ROOT) + "_SHAPE";
      String name = base;
      // Suffixes are unique, but two may differ only in case (Url, URL).
      for (int i = 2; !used.add(name); i++) {
        name = base + i;
      }
      shapeFields.put(record.getKey(), name);
    }
  }

  /** The record shape constants, in discovery order; they come before {@code METADATA}. */
  List<FieldSpec> shapes() {
    List<FieldSpec> fields = new ArrayList<>();
    for (Map.Entry<String, RecordModel> record : table.records().entrySet()) {
      RecordModel model = record.getValue();
      fields.add(FieldSpec.builder(Names.RECORD_SHAPE, shapeFields.get(record.getKey()),
              Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer("$T.of($S, () -> $L)", Names.RECORD_SHAPE, model.type().canonicalName(),
              attributes(model.components(), true))
          .build());
    }
    return fields;
  }

  /** The initializer of {@code METADATA}. */
  CodeBlock metadata() {
    LockModel lock = table.lock();
    CodeBlock lockSpec = lock == null ? CodeBlock.of("null") : CodeBlock.of(
        "new $T($S, $T.parse($S), $T.parse($S), $S, $S)", Names.LOCK_SPEC, lock.suffix(),
        Duration.class, lock.ttl(), Duration.class, lock.refreshWithin(),
        lock.versionAttribute(), lock.ttlAttribute());
    return CodeBlock.of("new $T($S,\n$>$>$L,\n$L,\n$L,\n$L,\n$L$L)$<$<", Names.TABLE_METADATA,
        table.tableName(), keyAttribute(table.partitionKey()), keyAttribute(table.sortKey()),
        lockSpec, indexes(), attributes(table.root().components(), false), lifecycle());
  }

  /** {@code List.of(IndexMetadata.global(...), ...)}, one index per line. */
  private CodeBlock indexes() {
    CodeBlock.Builder code = CodeBlock.builder().add("$T.of(", List.class).indent().indent();
    List<IndexModel> indexes = table.indexes();
    for (int i = 0; i < indexes.size(); i++) {
      IndexModel index = indexes.get(i);
      CodeBlock made = index.local()
          ? CodeBlock.of("$T.local($S, $L)", Names.INDEX_METADATA, index.name(),
              keyAttribute(index.sort()))
          : CodeBlock.of("$T.global($S, $L, $L)", Names.INDEX_METADATA, index.name(),
              keyAttribute(index.partition()), keyAttribute(index.sort()));
      code.add("\n$L$L", made, i + 1 < indexes.size() ? "," : "");
    }
    return code.add(")").unindent().unindent().build();
  }

  /** The lifecycle argument, left out for tables without lifecycle annotations. */
  private CodeBlock lifecycle() {
    LifecycleModel lifecycle = table.lifecycle();
    if (!lifecycle.any()) {
      return CodeBlock.of("");
    }
    return CodeBlock.of(",\nnew $T($L, $L, $L, $L, $L)", Names.LIFECYCLE_SPEC,
        attributeOf(lifecycle.generatedId()), attributeOf(lifecycle.createdAt()),
        attributeOf(lifecycle.updatedAt()), attributeOf(lifecycle.version()),
        attributeOf(lifecycle.ttl()));
  }

  private static CodeBlock attributeOf(ComponentModel component) {
    return component == null ? CodeBlock.of("null") : CodeBlock.of("$S", component.attribute());
  }

  private static CodeBlock keyAttribute(KeyModel key) {
    if (key == null) {
      return CodeBlock.of("null");
    }
    return CodeBlock.of("new $T($S, $S, $T.$L)", Names.KEY_ATTRIBUTE,
        key.component().attribute(), key.component().name(), Names.SCALAR_ATTRIBUTE_TYPE,
        key.scalarType());
  }

  /**
   * {@code List.of(...)} with one attribute per line. Inside a record shape's supplier, other
   * shapes are named through the codec class: a lambda in a static initializer may not refer to
   * its own field, or to a later one, by simple name.
   */
  private CodeBlock attributes(List<ComponentModel> components, boolean inSupplier) {
    CodeBlock.Builder code = CodeBlock.builder().add("$T.of(", List.class).indent().indent();
    for (int i = 0; i < components.size(); i++) {
      ComponentModel component = components.get(i);
      code.add("\n$T.$L($S, $S, $L)$L", Names.STORED_ATTRIBUTE, isKey(component) ? "key" : "of",
          component.name(), component.attribute(), shape(component.mapping(), inSupplier),
          i + 1 < components.size() ? "," : "");
    }
    return code.add(")").unindent().unindent().build();
  }

  private CodeBlock shape(TypeMapping mapping, boolean inSupplier) {
    if (mapping instanceof Scalar scalar) {
      String factory = switch (scalar.stored()) {
        case "S" -> "string";
        case "N" -> "number";
        case "B" -> "binary";
        case "BOOL" -> "bool";
        default -> throw new AssertionError(scalar.stored());
      };
      return CodeBlock.of("$T.$L()", Names.ATTRIBUTE_SHAPE, factory);
    } else if (mapping instanceof OptionalOf optional) {
      // An empty Optional stores nothing, so the shape is the element's.
      return shape(optional.element(), inSupplier);
    } else if (mapping instanceof ListOf list) {
      return CodeBlock.of("$T.list($L)", Names.ATTRIBUTE_SHAPE, shape(list.element(), inSupplier));
    } else if (mapping instanceof MapOf map) {
      return CodeBlock.of("$T.map($L)", Names.ATTRIBUTE_SHAPE, shape(map.value(), inSupplier));
    } else if (mapping instanceof SetOf set) {
      return CodeBlock.of("$T.$LSet()", Names.ATTRIBUTE_SHAPE, set.kind());
    } else if (mapping instanceof NestedRecord nested) {
      String field = shapeFields.get(nested.qualifiedName());
      return inSupplier ? CodeBlock.of("$T.record($T.$N)", Names.ATTRIBUTE_SHAPE, codec, field)
          : CodeBlock.of("$T.record($N)", Names.ATTRIBUTE_SHAPE, field);
    } else if (mapping instanceof Converted) {
      // The converter makes an AttributeValue of any type at run time.
      return CodeBlock.of("$T.converted()", Names.ATTRIBUTE_SHAPE);
    }
    throw new AssertionError(mapping);
  }

  private boolean isKey(ComponentModel component) {
    return component.equals(table.partitionKey().component())
        || (table.sortKey() != null && component.equals(table.sortKey().component()));
  }
}
