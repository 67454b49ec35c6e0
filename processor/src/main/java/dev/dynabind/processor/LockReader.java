package dev.dynabind.processor;

import dev.dynabind.processor.TableModel.ComponentModel;
import dev.dynabind.processor.TableModel.LockModel;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Checks {@code @LockedBy} at compile time with the same rules as the runtime's {@code LockSpec},
 * so that a bad lock configuration never reaches production.
 */
final class LockReader {
  private final Elements elements;

  LockReader(Elements elements) {
    this.elements = elements;
  }

  LockModel read(TypeElement type, AnnotationMirror lockedBy, RecordComponentElement lockKey,
      boolean lockKeyIsSort, List<ComponentModel> components, ErrorReporter.Scope errors) {
    if (!RecordReader.isString(lockKey.asType())) {
      errors.error(Message.LOCK_KEY_TYPE, lockKey, lockKeyIsSort ? "sort" : "partition",
          lockKey.getSimpleName(), lockKey.asType());
    }
    AnnotationValue suffix = value(lockedBy, "suffix");
    if (text(suffix).isEmpty()) {
      errors.error(Message.LOCK_SUFFIX, type, lockedBy, suffix);
    }
    AnnotationValue ttlValue = value(lockedBy, "ttl");
    AnnotationValue refreshValue = value(lockedBy, "refreshWithin");
    Duration ttl = duration(type, lockedBy, ttlValue, "ttl", false, errors);
    Duration refresh = duration(type, lockedBy, refreshValue, "refreshWithin", true, errors);
    if (ttl != null && refresh != null && refresh.compareTo(ttl) >= 0) {
      errors.error(Message.LOCK_REFRESH, type, lockedBy, refreshValue, text(refreshValue),
          text(ttlValue));
    }
    AnnotationValue version = value(lockedBy, "versionAttribute");
    AnnotationValue ttlAttribute = value(lockedBy, "ttlAttribute");
    checkAttribute(type, lockedBy, version, "versionAttribute", components, null, errors);
    checkAttribute(type, lockedBy, ttlAttribute, "ttlAttribute", components, text(version),
        errors);
    return new LockModel(text(suffix), text(ttlValue), text(refreshValue), text(version),
        text(ttlAttribute));
  }

  private void checkAttribute(TypeElement type, AnnotationMirror lockedBy, AnnotationValue value,
      String member, List<ComponentModel> components, String other, ErrorReporter.Scope errors) {
    String name = text(value);
    String collision = null;
    if (name.isEmpty()) {
      collision = "the empty name; a lock attribute needs a name";
    } else if (name.equals(other)) {
      collision = "versionAttribute";
    } else {
      for (ComponentModel component : components) {
        if (component != null && component.attribute().equals(name)) {
          collision = "the attribute of component '" + component.name() + "'";
          break;
        }
      }
    }
    if (collision != null) {
      errors.error(Message.LOCK_ATTRIBUTE, type, lockedBy, value, member, name, collision);
    }
  }

  private static Duration duration(TypeElement type, AnnotationMirror lockedBy,
      AnnotationValue value, String member, boolean zeroAllowed, ErrorReporter.Scope errors) {
    Duration duration;
    try {
      duration = Duration.parse(text(value));
    } catch (DateTimeParseException e) {
      duration = null;
    }
    if (duration == null || duration.isNegative() || (!zeroAllowed && duration.isZero())) {
      errors.error(Message.LOCK_DURATION, type, lockedBy, value, member, text(value),
          zeroAllowed ? "non-negative" : "positive");
      return null;
    }
    return duration;
  }

  private AnnotationValue value(AnnotationMirror mirror, String name) {
    return Annotations.value(elements, mirror, name);
  }

  private static String text(AnnotationValue value) {
    return Objects.toString(value.getValue());
  }
}
