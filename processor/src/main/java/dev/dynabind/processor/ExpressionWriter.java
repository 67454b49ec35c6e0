package dev.dynabind.processor;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.MethodSpec;
import dev.dynabind.processor.TableModel.ComponentModel;
import dev.dynabind.processor.TableModel.KeyModel;
import dev.dynabind.processor.TableModel.RecordModel;
import dev.dynabind.processor.TypeMapping.Converted;
import dev.dynabind.processor.TypeMapping.ListOf;
import dev.dynabind.processor.TypeMapping.MapOf;
import dev.dynabind.processor.TypeMapping.NestedRecord;
import dev.dynabind.processor.TypeMapping.OptionalOf;
import dev.dynabind.processor.TypeMapping.Scalar;
import dev.dynabind.processor.TypeMapping.SetOf;
import javax.lang.model.element.Modifier;

/**
 * Writes the expression that encodes or decodes one value of a mapped type. Lambda parameters are
 * numbered by depth, so nested containers never shadow each other.
 */
final class ExpressionWriter {
  private final TableModel table;

  ExpressionWriter(TableModel table) {
    this.table = table;
  }

  /**
   * The one rule for how a root component's value is stored, for a {@code value} that is not
   * null: a time-typed table or index key as its sortable key text ({@code TimeKeys}, whose byte
   * order is time order, refusing years it cannot order), anything else as {@link #encode}. The
   * codec, the repository's key arguments and the {@code <Record>Attributes} references all
   * encode through here, so a condition or filter value is exactly the text that is stored.
   */
  CodeBlock encodeComponent(ComponentModel component, CodeBlock value) {
    KeyModel key = table.storedKeyOf(component);
    if (key != null && key.timeKey() != null) {
      return CodeBlock.of("$T.$L($S, $S, $L)", Names.TIME_KEYS, key.timeKey(), table.tableName(),
          component.name(), value);
    }
    return encode(component.mapping(), value);
  }

  /** An expression of type AttributeValue, null when {@code value} is null. */
  CodeBlock encode(TypeMapping mapping, CodeBlock value) {
    return encode(mapping, value, 0);
  }

  /** An expression of the mapped type, decoding {@code attribute} found at {@code path}. */
  CodeBlock decode(TypeMapping mapping, CodeBlock attribute, CodeBlock path) {
    return decode(mapping, attribute, path, 0);
  }

  private CodeBlock encode(TypeMapping mapping, CodeBlock value, int depth) {
    String x = "x" + depth;
    if (mapping instanceof Scalar scalar) {
      return CodeBlock.of("$T.$L($L)", Names.ENCODERS, scalar.encoder(), value);
    } else if (mapping instanceof OptionalOf optional) {
      return CodeBlock.of("$T.optional($L, $L -> $L)", Names.ENCODERS, value, x,
          encode(optional.element(), CodeBlock.of(x), depth + 1));
    } else if (mapping instanceof ListOf list) {
      return CodeBlock.of("$T.list($L, $L -> $L)", Names.ENCODERS, value, x,
          encode(list.element(), CodeBlock.of(x), depth + 1));
    } else if (mapping instanceof MapOf map) {
      return CodeBlock.of("$T.map($L, $L -> $L)", Names.ENCODERS, value, x,
          encode(map.value(), CodeBlock.of(x), depth + 1));
    } else if (mapping instanceof SetOf set) {
      return CodeBlock.of("$T.$LSet($L)", Names.ENCODERS, set.kind(), value);
    } else if (mapping instanceof NestedRecord nested) {
      return CodeBlock.of("$T.nested(encode$L($L))", Names.ENCODERS, suffix(nested), value);
    } else if (mapping instanceof Converted converted) {
      return CodeBlock.of("$T.converted($L, $N)", Names.ENCODERS, value,
          table.converters().get(converted.converter()));
    }
    throw new AssertionError(mapping);
  }

  private CodeBlock decode(TypeMapping mapping, CodeBlock attribute, CodeBlock path, int depth) {
    if (mapping instanceof Scalar scalar) {
      return scalar.parseOwner() == null
          ? CodeBlock.of("$T.$L($L, $L)", Names.DECODERS, scalar.decoder(), attribute, path)
          : CodeBlock.of("$T.$L($L, $L, $T::$L)", Names.DECODERS, scalar.decoder(), attribute,
              path, scalar.parseOwner(), scalar.parser());
    } else if (mapping instanceof OptionalOf optional) {
      return container("optional", optional.element(), attribute, path, depth);
    } else if (mapping instanceof ListOf list) {
      return container("list", list.element(), attribute, path, depth);
    } else if (mapping instanceof MapOf map) {
      return container("map", map.value(), attribute, path, depth);
    } else if (mapping instanceof SetOf set) {
      CodeBlock read = decodeSet(set, attribute, path);
      return set.emptyWhenAbsent()
          ? CodeBlock.of("$T.emptyWhenAbsent($L)", Names.DECODERS, read) : read;
    } else if (mapping instanceof NestedRecord nested) {
      return CodeBlock.of("decode$L($L, $L)", suffix(nested), attribute, path);
    } else if (mapping instanceof Converted converted) {
      return CodeBlock.of("$T.converted($L, $L, $N)", Names.DECODERS, attribute, path,
          table.converters().get(converted.converter()));
    }
    throw new AssertionError(mapping);
  }

  private static CodeBlock decodeSet(SetOf set, CodeBlock attribute, CodeBlock path) {
    if (!set.kind().equals("number")) {
      return CodeBlock.of("$T.$LSet($L, $L)", Names.DECODERS, set.kind(), attribute, path);
    }
    boolean big = set.element().equals(ClassName.get("java.math", "BigDecimal"))
        || set.element().equals(ClassName.get("java.math", "BigInteger"));
    return CodeBlock.of("$T.numberSet($L, $L, $T::$L)", Names.DECODERS, attribute, path,
        set.element(), big ? "new" : "valueOf");
  }

  private CodeBlock container(String method, TypeMapping element, CodeBlock attribute,
      CodeBlock path, int depth) {
    String v = "v" + depth;
    String p = "p" + depth;
    return CodeBlock.of("$T.$L($L, $L, ($L, $L) -> $L)", Names.DECODERS, method, attribute, path,
        v, p, decode(element, CodeBlock.of(v), CodeBlock.of(p), depth + 1));
  }

  private String suffix(NestedRecord nested) {
    return table.records().get(nested.qualifiedName()).methodSuffix();
  }

  /**
   * The method that encodes a nested record, field by field, as the codec stores it; the codec
   * and the attribute references each carry one, so both write the same stored form.
   *
   * @param nested the nested record
   * @param modifiers the method's modifiers
   * @return the {@code encode<Nested>} method
   */
  MethodSpec encodeNestedMethod(RecordModel nested, Modifier... modifiers) {
    MethodSpec.Builder method = MethodSpec.methodBuilder("encode" + nested.methodSuffix())
        .addModifiers(modifiers)
        .returns(Names.ITEM)
        .addParameter(nested.type(), "value")
        .beginControlFlow("if (value == null)").addStatement("return null").endControlFlow()
        .addStatement("$T out = $T.newItem($L)", Names.ITEM, Names.ENCODERS,
            nested.components().size());
    for (ComponentModel component : nested.components()) {
      method.addStatement("$T.put(out, $S, $L)", Names.ENCODERS, component.attribute(),
          encode(component.mapping(), CodeBlock.of("value.$N()", component.name())));
    }
    return method.addStatement("return out").build();
  }
}
