package dev.dynabind.processor;

import dev.dynabind.processor.TableModel.ComponentModel;
import dev.dynabind.processor.TableModel.IndexModel;
import dev.dynabind.processor.TableModel.KeyModel;
import dev.dynabind.processor.TypeMapping.Scalar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Reads the {@code @Index} and {@code @LocalIndex} annotations of a table record into index
 * models, reporting every error on the component and annotation value at fault.
 */
final class IndexReader {
  private static final Pattern INDEX_NAME = Pattern.compile("[a-zA-Z0-9_.-]{3,255}");
  /** DynamoDB's limits per table. */
  private static final int MAX_GLOBAL = 20;
  private static final int MAX_LOCAL = 5;
  /** Methods every repository has; an index method must not overload or hide them. */
  private static final Set<String> TAKEN = Set.of("get", "getAsync", "save", "delete", "query",
      "queryPage", "scan", "scanSegment", "scanPage", "count", "createTable", "tableName", "codec",
      "db", "batchGet", "batchSave", "batchDelete", "batchWrite", "batchDeleteItems", "lock",
      "setAtomic", "updateAtomic", "keyQueries", "secondaryIndex", "sortedIndex");

  private final Elements elements;

  IndexReader(Elements elements) {
    this.elements = elements;
  }

  /** One index as declared, before it is checked as a whole. */
  private static final class Declared {
    final String name;
    final boolean local;
    RecordComponentElement partitionElement;
    KeyModel partition;
    RecordComponentElement sortElement;
    KeyModel sort;

    Declared(String name, boolean local) {
      this.name = name;
      this.local = local;
    }
  }

  List<IndexModel> read(TypeElement type, List<ComponentModel> components, KeyModel tablePartition,
      KeyModel tableSort, ErrorReporter.Scope errors) {
    Map<String, Declared> declared = new LinkedHashMap<>();
    List<? extends RecordComponentElement> elementsOfRecord = type.getRecordComponents();
    for (int i = 0; i < elementsOfRecord.size(); i++) {
      RecordComponentElement element = elementsOfRecord.get(i);
      ComponentModel component = i < components.size() ? components.get(i) : null;
      for (AnnotationMirror mirror : mirrors(element, Annotations.INDEX, Annotations.INDEXES)) {
        boolean sort = (Boolean) Annotations.value(elements, mirror, "sort").getValue();
        add(declared, element, component, mirror, false, sort, tablePartition, tableSort, errors);
      }
      for (AnnotationMirror mirror :
          mirrors(element, Annotations.LOCAL_INDEX, Annotations.LOCAL_INDEXES)) {
        add(declared, element, component, mirror, true, true, tablePartition, tableSort, errors);
      }
    }
    List<IndexModel> indexes = new ArrayList<>();
    int globals = 0;
    int locals = 0;
    for (Declared index : declared.values()) {
      if (!index.local && index.partitionElement == null && index.sortElement != null) {
        errors.error(Message.INDEX_SORT_WITHOUT_PARTITION, index.sortElement, index.name,
            index.sortElement.getSimpleName(), index.name);
        continue;
      }
      if (index.local) {
        locals++;
      } else {
        globals++;
      }
      indexes.add(new IndexModel(index.name, index.local, index.partition, index.sort));
    }
    if (globals > MAX_GLOBAL) {
      errors.error(Message.INDEX_LIMIT, type, type.getSimpleName(), globals, "global", MAX_GLOBAL);
    }
    if (locals > MAX_LOCAL) {
      errors.error(Message.INDEX_LIMIT, type, type.getSimpleName(), locals, "local", MAX_LOCAL);
    }
    return indexes;
  }

  private void add(Map<String, Declared> declared, RecordComponentElement element,
      ComponentModel component, AnnotationMirror mirror, boolean local, boolean sort,
      KeyModel tablePartition, KeyModel tableSort, ErrorReporter.Scope errors) {
    AnnotationValue nameValue = Annotations.value(elements, mirror, "value");
    String name = (String) nameValue.getValue();
    String problem = nameProblem(name);
    if (problem != null) {
      errors.error(Message.INDEX_NAME, element, mirror, nameValue, name, problem);
      return;
    }
    Declared index = declared.computeIfAbsent(name, n -> new Declared(n, local));
    if (index.local != local) {
      errors.error(Message.INDEX_NAME_TWICE, element, mirror, nameValue, name);
      return;
    }
    if (local && tableSort == null) {
      errors.error(Message.LOCAL_INDEX_WITHOUT_SORT_KEY, element, mirror, nameValue, name,
          element.getSimpleName());
      return;
    }
    if (local && (isComponent(tablePartition, component) || isComponent(tableSort, component))) {
      errors.error(Message.LOCAL_INDEX_ON_KEY, element, mirror, nameValue, name,
          element.getSimpleName());
      return;
    }
    RecordComponentElement previous = sort ? index.sortElement : index.partitionElement;
    if (previous != null) {
      errors.error(Message.INDEX_DUPLICATE_KEY, element, mirror, null, element.getSimpleName(),
          sort ? "sort" : "partition", name, previous.getSimpleName());
      return;
    }
    KeyModel key = key(element, component, mirror, name, sort, tablePartition, tableSort, errors);
    if (sort) {
      index.sortElement = element;
      index.sort = key;
    } else {
      index.partitionElement = element;
      index.partition = key;
    }
  }

  /** Why a name cannot be an index name and a repository method, or null when it can. */
  private static String nameProblem(String name) {
    if (!INDEX_NAME.matcher(name).matches()) {
      return "would be rejected by DynamoDB";
    }
    if (!SourceVersion.isIdentifier(name) || SourceVersion.isKeyword(name)) {
      return "is not a Java identifier, and it names the repository's method for the index";
    }
    if (TAKEN.contains(name)) {
      return "is the name of a repository method";
    }
    return null;
  }

  /** The key model of an index key; a table key keeps its own (its key text is shared). */
  private static KeyModel key(RecordComponentElement element, ComponentModel component,
      AnnotationMirror mirror, String index, boolean sort, KeyModel tablePartition,
      KeyModel tableSort, ErrorReporter.Scope errors) {
    if (component == null) {
      return null; // its type error is already reported
    }
    if (isComponent(tablePartition, component)) {
      return tablePartition;
    }
    if (isComponent(tableSort, component)) {
      return tableSort;
    }
    // Optional and converted components are refused: the index object's parameter type must be
    // the stored scalar's, and a converter's stored type is only known at run time.
    if (!(component.mapping() instanceof Scalar scalar) || scalar.stored().equals("BOOL")) {
      errors.error(Message.INDEX_KEY_TYPE, element, mirror, null, element.getSimpleName(), index,
          element.asType());
      return null;
    }
    String type = component.type().toString();
    String unordered = TimeKeyForms.unorderedHint(type);
    if (sort && unordered != null) {
      errors.error(Message.INDEX_KEY_ORDER, element, mirror, null, element.getSimpleName(), index,
          type, unordered);
      return null;
    }
    return new TableModel.KeyModel(component, scalar.stored(), TimeKeyForms.encoder(type));
  }

  private static boolean isComponent(KeyModel key, ComponentModel component) {
    return key != null && component != null && key.component().equals(component);
  }

  /** The annotations of one kind on a component, written once or repeated. */
  private static List<AnnotationMirror> mirrors(RecordComponentElement element, String single,
      String container) {
    List<AnnotationMirror> found = new ArrayList<>();
    AnnotationMirror one = Annotations.find(element, single);
    if (one != null) {
      found.add(one);
    }
    AnnotationMirror many = Annotations.find(element, container);
    if (many != null) {
      for (AnnotationValue value : values(many)) {
        found.add((AnnotationMirror) value.getValue());
      }
    }
    return found;
  }

  @SuppressWarnings("unchecked")
  private static List<? extends AnnotationValue> values(AnnotationMirror container) {
    for (var entry : container.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals("value")) {
        return (List<? extends AnnotationValue>) entry.getValue().getValue();
      }
    }
    return List.of();
  }
}
