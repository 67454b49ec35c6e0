package dev.dynabind;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a record component the sort key of a local secondary index, which shares the table's
 * partition key; the table must have a sort key. Queried through the generated method named after
 * the index ({@code orders.byPlaced()}), created by {@code createTable()} with all attributes
 * projected (a local index can only be created with its table). Local indexes allow strongly
 * consistent reads. An item whose component is null is not in the index.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
@Repeatable(LocalIndex.List.class)
public @interface LocalIndex {
  /**
   * The index name: 3 to 255 characters of {@code a-z A-Z 0-9 _ . -}, unique in the table, and a
   * Java identifier (the name of the generated method).
   *
   * @return the name
   */
  String value();

  /** Holds repeated {@link LocalIndex} annotations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.RECORD_COMPONENT)
  @interface List {
    /**
     * The annotations.
     *
     * @return the annotations
     */
    LocalIndex[] value();
  }
}
