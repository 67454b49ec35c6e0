package dev.dynabind.processor;

import com.squareup.javapoet.ClassName;
import dev.dynabind.processor.TypeMapping.Converted;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks a {@code @Convert} class: generated code calls {@code new C()} and passes it where an
 * {@code AttributeConverter<T>} of the component's exact type is expected.
 */
final class ConverterChecker {
  static final String CONVERTER_INTERFACE = "dev.dynabind.runtime.AttributeConverter";

  private final Elements elements;
  private final Types types;

  ConverterChecker(ProcessingEnvironment env) {
    this.elements = env.getElementUtils();
    this.types = env.getTypeUtils();
  }

  TypeMapping check(RecordComponentElement component, AnnotationMirror convert,
      AnnotationValue value, TableContext context) {
    TypeMirror converterType = (TypeMirror) value.getValue();
    if (converterType.getKind() != TypeKind.DECLARED) {
      context.errors.fail(); // a missing class: javac reports it
      return null;
    }
    TypeElement converter = (TypeElement) types.asElement(converterType);
    String name = converter.getQualifiedName().toString();
    String simple = converter.getSimpleName().toString();
    Object componentName = component.getSimpleName();
    TypeElement api = elements.getTypeElement(CONVERTER_INTERFACE);
    if (api == null) {
      context.errors.error(Message.CONVERTER_RUNTIME_MISSING, component, convert, value,
          componentName);
      return null;
    }
    TypeMirror componentType = component.asType();
    if (componentType.getKind().isPrimitive()) {
      componentType = types.boxedClass(types.getPrimitiveType(componentType.getKind())).asType();
    }
    String problem = constructorProblem(converter, context.packageName);
    if (problem != null) {
      context.errors.error(Message.CONVERTER_CONSTRUCTOR, component, convert, value,
          name, componentName, problem, simple);
      return null;
    }
    if (!converter.getTypeParameters().isEmpty()) {
      context.errors.error(Message.CONVERTER_TYPE, component, convert, value, name, componentName,
          componentType, ", and must not have type parameters of its own");
      return null;
    }
    TypeMirror implemented = convertedType(converter.asType(), api);
    if (implemented == null || !types.isSameType(implemented, componentType)) {
      context.errors.error(Message.CONVERTER_TYPE, component, convert, value, name, componentName,
          componentType, implemented == null ? ", but does not implement it"
              : ", but implements AttributeConverter<" + implemented + ">");
      return null;
    }
    ClassName className = ClassName.get(converter);
    context.converters.computeIfAbsent(className, context::converterField);
    return new Converted(className);
  }

  private String constructorProblem(TypeElement converter, String packageName) {
    if (converter.getKind() != ElementKind.CLASS) {
      return "is " + converter.getKind().toString().toLowerCase(java.util.Locale.ROOT)
          .replace('_', ' ');
    }
    if (converter.getModifiers().contains(Modifier.ABSTRACT)) {
      return "is abstract";
    }
    if (converter.getNestingKind() == NestingKind.MEMBER
        && !converter.getModifiers().contains(Modifier.STATIC)) {
      return "is an inner class (make it static)";
    }
    String unreachable = Annotations.unreachable(converter, packageName, elements);
    if (unreachable != null) {
      return "cannot be reached from package " + packageName + " because " + unreachable;
    }
    for (ExecutableElement constructor :
        ElementFilter.constructorsIn(converter.getEnclosedElements())) {
      if (constructor.getParameters().isEmpty()
          && constructor.getModifiers().contains(Modifier.PUBLIC)) {
        return null;
      }
    }
    return "has no public no-arg constructor";
  }

  /** The T of the AttributeConverter<T> that {@code type} implements, or null. */
  private TypeMirror convertedType(TypeMirror type, TypeElement api) {
    Deque<TypeMirror> pending = new ArrayDeque<>();
    pending.add(type);
    while (!pending.isEmpty()) {
      TypeMirror next = pending.poll();
      if (next.getKind() == TypeKind.DECLARED
          && ((DeclaredType) next).asElement().equals(api)) {
        var args = ((DeclaredType) next).getTypeArguments();
        return args.isEmpty() ? null : args.get(0);
      }
      pending.addAll(types.directSupertypes(next));
    }
    return null;
  }
}
