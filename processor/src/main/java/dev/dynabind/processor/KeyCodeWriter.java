package dev.dynabind.processor;

import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeName;
import dev.dynabind.processor.TableModel.ComponentModel;
import dev.dynabind.processor.TableModel.KeyModel;

/** Writes the key methods of a codec: {@code encodeKey} and {@code keyOf}. */
final class KeyCodeWriter {
  private final TableModel table;
  private final ExpressionWriter expressions;
  private final TypeName key;

  KeyCodeWriter(TableModel table, ExpressionWriter expressions, TypeName key) {
    this.table = table;
    this.expressions = expressions;
    this.key = key;
  }

  /**
   * The checked key attribute of one key component's value: a time type through
   * {@code TimeKeys}, whose text sorts in time order; anything else encoded as usual
   * and passed through {@code Encoders.key}. Both reject null and empty keys.
   */
  static CodeBlock keyValue(TableModel table, KeyModel key, CodeBlock value,
      ExpressionWriter expressions) {
    ComponentModel component = key.component();
    if (key.timeKey() != null) {
      return expressions.encodeComponent(component, value);
    }
    return CodeBlock.of("$T.key($S, $S, $L)", Names.ENCODERS, table.tableName(),
        component.name(), expressions.encode(component.mapping(), value));
  }

  MethodSpec encodeKey() {
    MethodSpec.Builder method = CodecWriter.override("encodeKey", Names.ITEM)
        .addJavadoc("{@inheritDoc}\n")
        .addParameter(key, "key");
    KeyModel sort = table.sortKey();
    if (sort == null) {
      return method
          .addStatement("$T out = $T.newItem(1)", Names.ITEM, Names.ENCODERS)
          .addStatement("out.put($S, $L)", table.partitionKey().component().attribute(),
              encoded(table.partitionKey(), CodeBlock.of("key")))
          .addStatement("return out")
          .build();
    }
    return method
        .beginControlFlow("if (key == null)")
        .addStatement("throw new $T($S)", IllegalArgumentException.class,
            "Key of table '" + table.tableName() + "' is null")
        .endControlFlow()
        .addStatement("$T out = $T.newItem(2)", Names.ITEM, Names.ENCODERS)
        .addStatement("out.put($S, $L)", table.partitionKey().component().attribute(),
            encoded(table.partitionKey(),
                CodeBlock.of("key.$N()", table.partitionKey().component().name())))
        .addStatement("out.put($S, $L)", sort.component().attribute(),
            encoded(sort, CodeBlock.of("key.$N()", sort.component().name())))
        .addStatement("return out")
        .build();
  }

  MethodSpec keyOf() {
    MethodSpec.Builder method = CodecWriter.override("keyOf", key)
        .addJavadoc("{@inheritDoc}\n")
        .addParameter(table.root().type(), "item");
    KeyModel sort = table.sortKey();
    if (sort == null) {
      return method.addStatement("return item.$N()", table.partitionKey().component().name())
          .build();
    }
    return method.addStatement("return new $T(item.$N(), item.$N())", key,
        table.partitionKey().component().name(), sort.component().name()).build();
  }

  /** The checked encoding of one key component's value. */
  CodeBlock encoded(KeyModel keyModel, CodeBlock value) {
    return keyValue(table, keyModel, value, expressions);
  }
}
