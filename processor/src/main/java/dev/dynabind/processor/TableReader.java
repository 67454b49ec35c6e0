package dev.dynabind.processor;

import com.squareup.javapoet.ClassName;
import dev.dynabind.processor.TableModel.ComponentModel;
import dev.dynabind.processor.TableModel.IndexModel;
import dev.dynabind.processor.TableModel.KeyModel;
import dev.dynabind.processor.TableModel.LockModel;
import dev.dynabind.processor.TableModel.RecordModel;
import dev.dynabind.processor.TypeMapping.Converted;
import dev.dynabind.processor.TypeMapping.Scalar;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Reads one {@code @Table} element into a {@link TableModel}, reporting every error it finds;
 * returns empty when there was any, so that nothing is generated for the record.
 */
final class TableReader {
  private static final Pattern TABLE_NAME = Pattern.compile("[a-zA-Z0-9_.-]{3,255}");

  private final Elements elements;
  private final RecordReader records;
  private final LockReader locks;
  private final IndexReader indexes;
  private final ErrorReporter reporter;

  TableReader(ProcessingEnvironment env, ErrorReporter reporter) {
    this.elements = env.getElementUtils();
    this.records = new RecordReader(env);
    this.locks = new LockReader(elements);
    this.indexes = new IndexReader(elements);
    this.reporter = reporter;
  }

  Optional<TableModel> read(TypeElement type) {
    ErrorReporter.Scope errors = reporter.scope();
    AnnotationMirror table = Annotations.find(type, Annotations.TABLE);
    if (type.getKind() != ElementKind.RECORD) {
      errors.error(Message.TABLE_NOT_RECORD, type, table, null, type.getSimpleName(),
          article(type.getKind()), type.getSimpleName());
      return Optional.empty();
    }
    if (!type.getTypeParameters().isEmpty()) {
      errors.error(Message.TABLE_GENERIC, type, type.getSimpleName());
    }
    String packageName = elements.getPackageOf(type).getQualifiedName().toString();
    String unreachable = Annotations.unreachable(type, packageName, elements);
    if (unreachable != null) {
      errors.error(Message.UNREACHABLE, type, "record", type.getQualifiedName(), packageName,
          unreachable);
    }
    AnnotationValue nameValue = Annotations.value(elements, table, "value");
    String tableName = (String) nameValue.getValue();
    if (!TABLE_NAME.matcher(tableName).matches()) {
      errors.error(Message.TABLE_NAME, type, table, nameValue, tableName);
    }

    TableContext context = new TableContext(errors, packageName);
    List<ComponentModel> components = records.components(type, context);
    List<? extends RecordComponentElement> elementsOfRecord = type.getRecordComponents();
    RecordComponentElement partitionElement = null;
    RecordComponentElement sortElement = null;
    KeyModel partition = null;
    KeyModel sort = null;
    for (int i = 0; i < components.size(); i++) {
      RecordComponentElement element = elementsOfRecord.get(i);
      AnnotationMirror key = Annotations.find(element, Annotations.KEY);
      if (key == null) {
        continue;
      }
      boolean isSort = (Boolean) Annotations.value(elements, key, "sort").getValue();
      RecordComponentElement previous = isSort ? sortElement : partitionElement;
      if (previous != null) {
        errors.error(isSort ? Message.DUPLICATE_SORT_KEY : Message.DUPLICATE_PARTITION_KEY,
            element, key, null, element.getSimpleName(), previous.getSimpleName());
        continue;
      }
      KeyModel model = key(element, components.get(i), isSort, errors);
      if (isSort) {
        sortElement = element;
        sort = model;
      } else {
        partitionElement = element;
        partition = model;
      }
    }
    if (partitionElement == null) {
      errors.error(sortElement == null ? Message.MISSING_KEY : Message.MISSING_PARTITION_KEY,
          type, type.getSimpleName());
    }
    LockModel lock = null;
    AnnotationMirror lockedBy = Annotations.find(type, Annotations.LOCKED_BY);
    if (lockedBy != null && partitionElement != null) {
      RecordComponentElement lockKey = sortElement != null ? sortElement : partitionElement;
      lock = locks.read(type, lockedBy, lockKey, sortElement != null, components, errors);
    }
    LifecycleReader.Result lifecycle = LifecycleReader.read(type, components, partition, sort,
        lockedBy != null, lock == null ? null : lock.ttlAttribute(), errors);
    List<IndexModel> indexes = partitionElement == null ? List.of()
        : this.indexes.read(type, lifecycle.components(), partition, sort, errors);
    if (errors.failed()) {
      return Optional.empty();
    }
    RecordModel root =
        new RecordModel(ClassName.get(type), "", List.copyOf(lifecycle.components()));
    return Optional.of(new TableModel(tableName, root, partition, sort, lock, indexes,
        lifecycle.model(), context.records, context.converters, type));
  }

  private static KeyModel key(RecordComponentElement element, ComponentModel component,
      boolean isSort, ErrorReporter.Scope errors) {
    if (component == null) {
      return null; // its type error is already reported
    }
    if (component.mapping() instanceof Converted) {
      errors.error(Message.KEY_CONVERTED, element, element.getSimpleName());
      return null;
    }
    if (component.mapping() instanceof Scalar scalar && !scalar.stored().equals("BOOL")) {
      String type = component.type().toString();
      String unordered = TimeKeyForms.unorderedHint(type);
      if (isSort && unordered != null) {
        errors.error(Message.SORT_KEY_ORDER, element, element.getSimpleName(), type, unordered);
        return null;
      }
      return new KeyModel(component, scalar.stored(), TimeKeyForms.encoder(type));
    }
    errors.error(Message.KEY_TYPE, element, element.getSimpleName(), element.asType());
    return null;
  }

  private static String article(ElementKind kind) {
    String name = kind.toString().toLowerCase(Locale.ROOT).replace('_', ' ');
    return (name.startsWith("a") || name.startsWith("e") || name.startsWith("i") ? "an " : "a ")
        + name;
  }
}
