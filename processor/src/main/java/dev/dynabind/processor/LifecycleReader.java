package dev.dynabind.processor;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.TypeName;
import dev.dynabind.processor.TableModel.ComponentModel;
import dev.dynabind.processor.TableModel.KeyModel;
import dev.dynabind.processor.TableModel.LifecycleModel;
import dev.dynabind.processor.TypeMapping.Converted;
import dev.dynabind.processor.TypeMapping.Scalar;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;

/**
 * Reads {@code @GeneratedId}, {@code @CreatedAt}, {@code @UpdatedAt}, {@code @Version} and
 * {@code @Ttl} on the components of a table record: the type each allows, at most one of a kind,
 * one per component, not on a key where a write would change the key, and not where a
 * {@code @LockedBy} table already uses what they need.
 */
final class LifecycleReader {
  /** One lifecycle annotation: its name, the types it allows, and whether a key may carry it. */
  enum Kind {
    GENERATED_ID(Annotations.GENERATED_ID, Set.of("java.lang.String", "java.util.UUID"),
        "String or UUID", null),
    CREATED_AT(Annotations.CREATED_AT, Set.of("java.time.Instant"), "Instant", null),
    UPDATED_AT(Annotations.UPDATED_AT, Set.of("java.time.Instant"), "Instant",
        "it changes on every write, and an item whose key changed is another item"),
    VERSION(Annotations.VERSION, Set.of("long", "java.lang.Long", "int", "java.lang.Integer"),
        "long, Long, int or Integer",
        "it changes on every write, and an item whose key changed is another item"),
    TTL(Annotations.TTL, Set.of("java.time.Instant", "long", "java.lang.Long"),
        "Instant or long epoch seconds",
        "an expiry is not an identity, and TTL needs an attribute it can read on its own");

    final String annotation;
    final Set<String> types;
    final String typesText;
    /** Why a key may not carry it, or null when it may. */
    final String notOnKey;

    Kind(String annotation, Set<String> types, String typesText, String notOnKey) {
      this.annotation = annotation;
      this.types = types;
      this.typesText = typesText;
      this.notOnKey = notOnKey;
    }

    String simpleName() {
      return annotation.substring(annotation.lastIndexOf('.') + 1);
    }
  }

  /** The model, and the components with a {@code @Ttl Instant} stored as epoch seconds. */
  record Result(LifecycleModel model, List<ComponentModel> components) {}

  private static final Scalar EPOCH_SECONDS =
      new Scalar("epochSeconds", "epochSeconds", null, null, "N");

  private LifecycleReader() {}

  static Result read(TypeElement type, List<ComponentModel> components, KeyModel partition,
      KeyModel sort, boolean locked, String lockTtlAttribute, ErrorReporter.Scope errors) {
    List<? extends RecordComponentElement> elements = type.getRecordComponents();
    Map<Kind, ComponentModel> found = new EnumMap<>(Kind.class);
    Map<Kind, RecordComponentElement> foundElements = new EnumMap<>(Kind.class);
    List<ComponentModel> out = new ArrayList<>(components);
    for (int i = 0; i < elements.size(); i++) {
      RecordComponentElement element = elements.get(i);
      ComponentModel component = components.get(i);
      Kind first = null;
      for (Kind kind : Kind.values()) {
        AnnotationMirror mirror = Annotations.find(element, kind.annotation);
        if (mirror == null) {
          continue;
        }
        if (first != null) {
          errors.error(Message.LIFECYCLE_CONFLICT, element, mirror, null,
              element.getSimpleName(), first.simpleName(), kind.simpleName());
          continue;
        }
        first = kind;
        RecordComponentElement previous = foundElements.get(kind);
        if (previous != null) {
          errors.error(Message.LIFECYCLE_DUPLICATE, element, mirror, null,
              element.getSimpleName(), kind.simpleName(), previous.getSimpleName());
          continue;
        }
        foundElements.put(kind, element);
        if (!check(kind, element, mirror, component, partition, sort, locked, lockTtlAttribute,
            type, errors)) {
          continue;
        }
        if (kind == Kind.TTL && TypeName.get(element.asType())
            .equals(ClassName.get("java.time", "Instant"))) {
          component = new ComponentModel(component.name(), component.attribute(),
              component.type(), EPOCH_SECONDS);
          out.set(i, component);
        }
        found.put(kind, component);
      }
    }
    return new Result(new LifecycleModel(found.get(Kind.GENERATED_ID),
        found.get(Kind.CREATED_AT), found.get(Kind.UPDATED_AT), found.get(Kind.VERSION),
        found.get(Kind.TTL)), out);
  }

  private static boolean check(Kind kind, RecordComponentElement element,
      AnnotationMirror mirror, ComponentModel component, KeyModel partition, KeyModel sort,
      boolean locked, String lockTtlAttribute, TypeElement type, ErrorReporter.Scope errors) {
    if (component == null) {
      return false; // its own error is reported
    }
    Object name = element.getSimpleName();
    if (component.mapping() instanceof Converted) {
      errors.error(Message.LIFECYCLE_CONVERTED, element, mirror, null, kind.simpleName(), name,
          kind.typesText);
      return false;
    }
    if (!kind.types.contains(TypeName.get(element.asType()).toString())) {
      errors.error(Message.LIFECYCLE_TYPE, element, mirror, null, kind.simpleName(), name,
          element.asType(), kind.typesText);
      return false;
    }
    boolean key = (partition != null && partition.component().equals(component))
        || (sort != null && sort.component().equals(component));
    if (key && kind.notOnKey != null) {
      errors.error(Message.LIFECYCLE_ON_KEY, element, mirror, null, kind.simpleName(), name,
          kind.notOnKey);
      return false;
    }
    if (locked && kind == Kind.VERSION) {
      errors.error(Message.VERSION_LOCKED, element, mirror, null, name, type.getSimpleName());
      return false;
    }
    if (locked && kind == Kind.TTL) {
      errors.error(Message.TTL_LOCKED, element, mirror, null, name, type.getSimpleName(),
          lockTtlAttribute);
      return false;
    }
    return true;
  }
}
