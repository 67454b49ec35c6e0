package dev.dynabind.processor;

import com.squareup.javapoet.ClassName;
import dev.dynabind.processor.TableModel.RecordModel;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The mutable state of reading one table: its errors and what its codec will need. */
final class TableContext {
  final ErrorReporter.Scope errors;
  final String packageName;
  final Map<String, RecordModel> records = new LinkedHashMap<>();
  final Map<ClassName, String> converters = new LinkedHashMap<>();
  /** Records being read: a recursive record refers to itself before its model is complete. */
  final Set<String> inProgress = new HashSet<>();
  private final Set<String> methodSuffixes = new HashSet<>();
  private final Set<String> fieldNames = new HashSet<>();

  TableContext(ErrorReporter.Scope errors, String packageName) {
    this.errors = errors;
    this.packageName = packageName;
  }

  /** A method suffix for a nested record: its simple name, qualified when two records share it. */
  String methodSuffix(ClassName type) {
    if (methodSuffixes.add(type.simpleName())) {
      return type.simpleName();
    }
    return unique(String.join("_", type.simpleNames()), methodSuffixes);
  }

  /** The codec's field name for a converter class, unique per codec. */
  String converterField(ClassName converter) {
    String simple = converter.simpleName();
    String name = Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
    if (!name.endsWith("Converter")) {
      name += "Converter";
    }
    return unique(name, fieldNames);
  }

  private static String unique(String name, Set<String> used) {
    String candidate = name;
    for (int i = 2; !used.add(candidate); i++) {
      candidate = name + i;
    }
    return candidate;
  }
}
