package dev.dynabind.processor;

import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** Reads annotations through mirrors, so that errors can point at the annotation and its value. */
final class Annotations {
  static final String TABLE = "dev.dynabind.Table";
  static final String KEY = "dev.dynabind.Key";
  static final String ATTRIBUTE = "dev.dynabind.Attribute";
  static final String CONVERT = "dev.dynabind.Convert";
  static final String LOCKED_BY = "dev.dynabind.LockedBy";
  static final String EMPTY_WHEN_ABSENT = "dev.dynabind.EmptyWhenAbsent";
  static final String INDEX = "dev.dynabind.Index";
  static final String INDEXES = "dev.dynabind.Index.List";
  static final String LOCAL_INDEX = "dev.dynabind.LocalIndex";
  static final String LOCAL_INDEXES = "dev.dynabind.LocalIndex.List";
  static final String GENERATED_ID = "dev.dynabind.GeneratedId";
  static final String CREATED_AT = "dev.dynabind.CreatedAt";
  static final String UPDATED_AT = "dev.dynabind.UpdatedAt";
  static final String VERSION = "dev.dynabind.Version";
  static final String TTL = "dev.dynabind.Ttl";

  private Annotations() {}

  static AnnotationMirror find(Element element, String annotation) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(annotation)) {
        return mirror;
      }
    }
    return null;
  }

  /** The value of {@code name}, its default when not written. */
  static AnnotationValue value(Elements elements, AnnotationMirror mirror, String name) {
    Map<? extends ExecutableElement, ? extends AnnotationValue> values =
        elements.getElementValuesWithDefaults(mirror);
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : values.entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(name)) {
        return e.getValue();
      }
    }
    throw new IllegalArgumentException("no member " + name + " in " + mirror);
  }

  /**
   * Why generated code in {@code packageName} cannot name {@code type}, or null when it can.
   * Generated code lives beside the table record, so package-private is enough there.
   */
  static String unreachable(TypeElement type, String packageName, Elements elements) {
    boolean samePackage =
        elements.getPackageOf(type).getQualifiedName().contentEquals(packageName);
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      TypeElement t = (TypeElement) e;
      String which = t == type ? "it" : "its enclosing " + t.getSimpleName();
      if (t.getNestingKind() == NestingKind.LOCAL || t.getNestingKind() == NestingKind.ANONYMOUS) {
        return which + " is local to a method";
      }
      if (t.getModifiers().contains(Modifier.PRIVATE)) {
        return which + " is private";
      }
      if (!samePackage && !t.getModifiers().contains(Modifier.PUBLIC)) {
        return which + " is not public";
      }
    }
    return null;
  }
}
