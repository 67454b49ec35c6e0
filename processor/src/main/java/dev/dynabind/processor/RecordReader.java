package dev.dynabind.processor;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.TypeName;
import dev.dynabind.processor.TableModel.ComponentModel;
import dev.dynabind.processor.TableModel.RecordModel;
import dev.dynabind.processor.TypeMapping.NestedRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Reads the components of a record, the table record or one stored as M inside it: names,
 * {@code @Attribute}, {@code @Convert} and the type mapping of each.
 */
final class RecordReader {
  private final Elements elements;
  private final TypeMapper types;
  private final ConverterChecker converters;

  RecordReader(ProcessingEnvironment env) {
    this.elements = env.getElementUtils();
    this.types = new TypeMapper(elements, this);
    this.converters = new ConverterChecker(env);
  }

  /**
   * The components in declaration order; an entry is null when that component is in error (and
   * reported), so callers can still check the others.
   */
  List<ComponentModel> components(TypeElement record, TableContext context) {
    List<ComponentModel> out = new ArrayList<>();
    Map<String, String> attributes = new LinkedHashMap<>();
    for (RecordComponentElement component : record.getRecordComponents()) {
      String name = component.getSimpleName().toString();
      String attribute = attributeName(component, context);
      if (attribute != null) {
        String previous = attributes.putIfAbsent(attribute, name);
        if (previous != null) {
          context.errors.error(Message.DUPLICATE_ATTRIBUTE, component, name, attribute, previous);
        }
      }
      TypeMapping mapping = mapping(component, context);
      out.add(attribute == null || mapping == null ? null
          : new ComponentModel(name, attribute, TypeName.get(component.asType()), mapping));
    }
    return out;
  }

  /** A record stored as M; read once per table, also when it refers to itself. */
  TypeMapping nested(TypeElement record, TableContext context) {
    String name = record.getQualifiedName().toString();
    if (!context.records.containsKey(name) && context.inProgress.add(name)) {
      ClassName type = ClassName.get(record);
      String suffix = context.methodSuffix(type);
      List<ComponentModel> components = components(record, context);
      if (!components.contains(null)) {
        context.records.put(name, new RecordModel(type, suffix, List.copyOf(components)));
      }
    }
    return new NestedRecord(name);
  }

  private TypeMapping mapping(RecordComponentElement component, TableContext context) {
    AnnotationMirror convert = Annotations.find(component, Annotations.CONVERT);
    TypeMapping mapping;
    if (convert == null) {
      mapping = types.map(component, context);
    } else {
      AnnotationValue value = Annotations.value(elements, convert, "value");
      mapping = converters.check(component, convert, value, context);
    }
    return emptyWhenAbsent(component, mapping, context);
  }

  /** Applies {@code @EmptyWhenAbsent}, which only a (not converted) Set component may carry. */
  private static TypeMapping emptyWhenAbsent(RecordComponentElement component,
      TypeMapping mapping, TableContext context) {
    AnnotationMirror empty = Annotations.find(component, Annotations.EMPTY_WHEN_ABSENT);
    if (empty == null || mapping == null) {
      return mapping;
    }
    if (mapping instanceof TypeMapping.SetOf set) {
      return new TypeMapping.SetOf(set.kind(), set.element(), true);
    }
    context.errors.error(Message.EMPTY_WHEN_ABSENT_TYPE, component, empty, null,
        component.getSimpleName(), component.asType());
    return null;
  }

  private String attributeName(RecordComponentElement component, TableContext context) {
    AnnotationMirror attribute = Annotations.find(component, Annotations.ATTRIBUTE);
    if (attribute == null) {
      return component.getSimpleName().toString();
    }
    AnnotationValue value = Annotations.value(elements, attribute, "value");
    String name = (String) value.getValue();
    if (name.isEmpty()) {
      context.errors.error(Message.ATTRIBUTE_EMPTY, component, attribute, value,
          component.getSimpleName());
      return null;
    }
    return name;
  }

  static boolean isString(TypeMirror type) {
    return TypeName.get(type).equals(ClassName.get(String.class));
  }
}
