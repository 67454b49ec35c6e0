package dev.dynabind.processor;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.TypeName;
import dev.dynabind.processor.TypeMapping.ListOf;
import dev.dynabind.processor.TypeMapping.MapOf;
import dev.dynabind.processor.TypeMapping.NestedRecord;
import dev.dynabind.processor.TypeMapping.OptionalOf;
import dev.dynabind.processor.TypeMapping.Scalar;
import dev.dynabind.processor.TypeMapping.SetOf;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Maps a component's Java type to how it is stored, recursing into type arguments and nested
 * records. Reports an unsupported type on the component and returns null.
 */
final class TypeMapper {
  private static final Map<String, Scalar> SCALARS = Map.ofEntries(
      scalar("java.lang.String", "string", "string", null, null, "S"),
      boxed("java.lang.Integer", Integer.class),
      boxed("java.lang.Long", Long.class),
      boxed("java.lang.Short", Short.class),
      boxed("java.lang.Byte", Byte.class),
      boxed("java.lang.Double", Double.class),
      boxed("java.lang.Float", Float.class),
      scalar("java.lang.Boolean", "bool", "bool", null, null, "BOOL"),
      scalar("java.lang.Character", "character", "character", null, null, "S"),
      scalar("java.math.BigDecimal", "number", "bigDecimal", null, null, "N"),
      scalar("java.math.BigInteger", "number", "bigInteger", null, null, "N"),
      scalar("java.util.UUID", "uuid", "uuid", null, null, "S"),
      scalar("software.amazon.awssdk.core.SdkBytes", "bytes", "sdkBytes", null, null, "B"),
      scalar("java.time.Instant", "instant", "instant", null, null, "S"),
      time("LocalDate", "parse"), time("LocalDateTime", "parse"),
      time("LocalTime", "parse"), time("OffsetDateTime", "parse"),
      time("ZonedDateTime", "parse"), time("Duration", "parse"), time("Period", "parse"),
      time("Year", "parse"),
      scalar("java.time.YearMonth", "yearMonth", "text", ClassName.get("java.time", "YearMonth"),
          "parse", "S"), time("MonthDay", "parse"),
      time("ZoneOffset", "of"), time("ZoneId", "of"));

  private static final List<String> NUMBER_SET_ELEMENTS = List.of("java.lang.Integer",
      "java.lang.Long", "java.lang.Short", "java.lang.Byte", "java.lang.Double", "java.lang.Float",
      "java.math.BigDecimal", "java.math.BigInteger");

  private final Elements elements;
  private final RecordReader records;

  TypeMapper(Elements elements, RecordReader records) {
    this.elements = elements;
    this.records = records;
  }

  TypeMapping map(RecordComponentElement component, TableContext context) {
    TypeMirror type = component.asType();
    Failure failure = new Failure();
    TypeMapping mapping = map(type, component, context, failure);
    if (mapping == null && failure.detail != null) {
      context.errors.error(Message.UNSUPPORTED_TYPE, component,
          component.getSimpleName(), type, failure.detail);
    }
    return mapping;
  }

  /** Why a type failed; null detail when the failure was already reported or is javac's. */
  private static final class Failure {
    String detail;
  }

  private TypeMapping map(TypeMirror type, RecordComponentElement component,
      TableContext context, Failure failure) {
    switch (type.getKind()) {
      case INT: return primitive("number", "intValue", "N");
      case LONG: return primitive("number", "longValue", "N");
      case SHORT: return primitive("number", "shortValue", "N");
      case BYTE: return primitive("number", "byteValue", "N");
      case DOUBLE: return primitive("number", "doubleValue", "N");
      case FLOAT: return primitive("number", "floatValue", "N");
      case BOOLEAN: return primitive("bool", "boolValue", "BOOL");
      case CHAR: return primitive("character", "charValue", "S");
      case ARRAY:
        if (((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE) {
          return new Scalar("bytes", "bytes", null, null, "B");
        }
        return unsupported(type, component, failure);
      case DECLARED:
        return declared((DeclaredType) type, component, context, failure);
      case ERROR:
        // javac reports the missing type itself; the table only must not be generated.
        context.errors.fail();
        return null;
      default:
        return unsupported(type, component, failure);
    }
  }

  private TypeMapping declared(DeclaredType type, RecordComponentElement component,
      TableContext context, Failure failure) {
    TypeElement element = (TypeElement) type.asElement();
    String name = element.getQualifiedName().toString();
    List<? extends TypeMirror> args = type.getTypeArguments();
    if (element.getKind() == ElementKind.ENUM) {
      return reachable(element, component, context)
          ? new Scalar("enumName", "text", ClassName.get(element), "valueOf", "S") : null;
    }
    if (element.getKind() == ElementKind.RECORD) {
      if (!element.getTypeParameters().isEmpty()) {
        failure.detail = " (a record stored as a map must not have type parameters)";
        return null;
      }
      return reachable(element, component, context) ? records.nested(element, context) : null;
    }
    Scalar scalar = SCALARS.get(name);
    if (scalar != null) {
      return scalar;
    }
    if (args.isEmpty() && !element.getTypeParameters().isEmpty()) {
      failure.detail = " (a raw type; give its type arguments)";
      return null;
    }
    switch (name) {
      case "java.util.Optional": {
        TypeMapping element0 = map(args.get(0), component, context, failure);
        return element0 == null ? null : new OptionalOf(element0);
      }
      case "java.util.List": {
        TypeMapping element0 = map(args.get(0), component, context, failure);
        return element0 == null ? null : new ListOf(element0);
      }
      case "java.util.Map": {
        if (!isNamed(args.get(0), "java.lang.String")) {
          failure.detail = " (map keys must be String)";
          return null;
        }
        TypeMapping value = map(args.get(1), component, context, failure);
        return value == null ? null : new MapOf(value);
      }
      case "java.util.Set":
        return set(args.get(0), failure);
      default:
        return unsupported(type, component, failure);
    }
  }

  private TypeMapping set(TypeMirror element, Failure failure) {
    if (isNamed(element, "java.lang.String")) {
      return new SetOf("string", TypeName.get(element));
    }
    if (isNamed(element, "software.amazon.awssdk.core.SdkBytes")) {
      return new SetOf("binary", TypeName.get(element));
    }
    for (String number : NUMBER_SET_ELEMENTS) {
      if (isNamed(element, number)) {
        return new SetOf("number", TypeName.get(element));
      }
    }
    failure.detail = " (DynamoDB sets hold String, boxed numbers, BigDecimal, BigInteger or"
        + " SdkBytes; use a List for other elements)";
    return null;
  }

  private boolean reachable(TypeElement type, RecordComponentElement component,
      TableContext context) {
    String reason = Annotations.unreachable(type, context.packageName, elements);
    if (reason != null) {
      context.errors.error(Message.UNREACHABLE, component,
          type.getKind() == ElementKind.ENUM ? "enum" : "record", type.getQualifiedName(),
          context.packageName, reason);
      return false;
    }
    return true;
  }

  private static TypeMapping unsupported(TypeMirror part, RecordComponentElement component,
      Failure failure) {
    if (failure.detail == null && !component.asType().equals(part)) {
      failure.detail = " (" + part + " is not supported)";
    } else if (failure.detail == null) {
      failure.detail = "";
    }
    return null;
  }

  private static boolean isNamed(TypeMirror type, String name) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals(name);
  }

  private static Scalar primitive(String encoder, String decoder, String stored) {
    return new Scalar(encoder, decoder, null, null, stored);
  }

  private static Map.Entry<String, Scalar> scalar(String name, String encoder, String decoder,
      TypeName parseOwner, String parser, String stored) {
    return Map.entry(name, new Scalar(encoder, decoder, parseOwner, parser, stored));
  }

  private static Map.Entry<String, Scalar> boxed(String name, Class<?> box) {
    return scalar(name, "number", "number", ClassName.get(box), "valueOf", "N");
  }

  private static Map.Entry<String, Scalar> time(String simpleName, String parser) {
    return scalar("java.time." + simpleName, "text", "text",
        ClassName.get("java.time", simpleName), parser, "S");
  }
}
