package dev.dynabind.processor;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.TypeName;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;

/**
 * Everything the writers need to know of one {@code @Table} record, validated. Maps are ordered
 * (insertion order of discovery), so generated output is deterministic.
 *
 * @param tableName the DynamoDB table name
 * @param root the table record itself
 * @param partitionKey the partition key component
 * @param sortKey the sort key component, or null
 * @param lock the {@code @LockedBy} settings, or null
 * @param indexes the secondary indexes, in order of first mention
 * @param lifecycle the components the lifecycle annotations mark
 * @param records every record stored as M (nested records), by qualified name, in discovery order
 * @param converters the field name of each converter class, in discovery order
 * @param originatingElement the record, handed to the Filer for incremental builds only
 */
record TableModel(
    String tableName,
    RecordModel root,
    KeyModel partitionKey,
    KeyModel sortKey,
    LockModel lock,
    List<IndexModel> indexes,
    LifecycleModel lifecycle,
    Map<String, RecordModel> records,
    Map<ClassName, String> converters,
    Element originatingElement) {

  /** The package and name stem of the generated classes. */
  ClassName generated(String suffix) {
    ClassName type = root.type();
    return ClassName.get(type.packageName(), String.join("_", type.simpleNames()) + suffix);
  }

  /** A record and how its components are stored. */
  record RecordModel(ClassName type, String methodSuffix, List<ComponentModel> components) {}

  /**
   * One record component.
   *
   * @param name the component (and accessor) name
   * @param attribute the stored attribute name
   * @param type the component's Java type
   * @param mapping how it is stored
   */
  record ComponentModel(String name, String attribute, TypeName type, TypeMapping mapping) {}

  /**
   * A key component.
   *
   * @param component the component
   * @param scalarType S, N or B
   * @param timeKey the {@code TimeKeys} method that writes its sortable key text, or null when
   *     the component is not a time type
   */
  record KeyModel(ComponentModel component, String scalarType, String timeKey) {
    TypeName boxedType() {
      return component.type().isPrimitive() ? component.type().box() : component.type();
    }
  }

  /**
   * A secondary index.
   *
   * @param name the index name, also the repository method's
   * @param local whether it is a local index (the table's partition key)
   * @param partition a global index's partition key, or null for a local index
   * @param sort the index sort key, or null
   */
  record IndexModel(String name, boolean local, KeyModel partition, KeyModel sort) {}

  /**
   * The key model under which a root component is stored as a key: its table key, else its
   * index key, else null. A component that is both has one Java type, so either gives the same
   * key text.
   */
  KeyModel storedKeyOf(ComponentModel component) {
    if (component.equals(partitionKey.component())) {
      return partitionKey;
    }
    if (sortKey != null && component.equals(sortKey.component())) {
      return sortKey;
    }
    return indexKeyOf(component);
  }

  /** The key model of an index key component that is not a table key, or null. */
  KeyModel indexKeyOf(ComponentModel component) {
    for (IndexModel index : indexes) {
      for (KeyModel key : new KeyModel[] {index.partition(), index.sort()}) {
        if (key != null && key.component().equals(component)) {
          return key;
        }
      }
    }
    return null;
  }

  /**
   * The components marked by lifecycle annotations; each null when the record has none.
   *
   * @param generatedId the {@code @GeneratedId} component
   * @param createdAt the {@code @CreatedAt} component
   * @param updatedAt the {@code @UpdatedAt} component
   * @param version the {@code @Version} component
   * @param ttl the {@code @Ttl} component
   */
  record LifecycleModel(ComponentModel generatedId, ComponentModel createdAt,
      ComponentModel updatedAt, ComponentModel version, ComponentModel ttl) {
    /** Whether a write changes the record: the codec then has a {@code beforeWrite}. */
    boolean stampsWrites() {
      return generatedId != null || createdAt != null || updatedAt != null || version != null;
    }

    /** Whether the metadata names any lifecycle attribute. */
    boolean any() {
      return stampsWrites() || ttl != null;
    }
  }

  /** The validated {@code @LockedBy} values. */
  record LockModel(String suffix, String ttl, String refreshWithin, String versionAttribute,
      String ttlAttribute) {}
}
