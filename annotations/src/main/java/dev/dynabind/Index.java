package dev.dynabind;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a record component a key of a global secondary index: its partition key, or with
 * {@code sort = true} its sort key. The processor generates a method named after the index on the
 * repository ({@code orders.byStatus()}) that queries it, and {@code createTable()} creates it
 * with all attributes projected. The component must be stored as a string, number or binary
 * attribute. An item whose component is null is not in the index (a sparse index). Repeat the
 * annotation for a component that is a key of several indexes.
 *
 * <pre>{@code
 * @Table("orders")
 * record Order(@Key String customerId, @Key(sort = true) long orderNo,
 *     @Index("byStatus") Status status, @Index(value = "byStatus", sort = true) Instant placed) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
@Repeatable(Index.List.class)
public @interface Index {
  /**
   * The index name: 3 to 255 characters of {@code a-z A-Z 0-9 _ . -}, unique in the table; it
   * is also the name of the generated method, so it must be a Java identifier.
   *
   * @return the name
   */
  String value();

  /**
   * Whether this component is the index's sort key rather than its partition key.
   *
   * @return {@code true} for the sort key
   */
  boolean sort() default false;

  /** Holds repeated {@link Index} annotations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.RECORD_COMPONENT)
  @interface List {
    /**
     * The annotations.
     *
     * @return the annotations
     */
    Index[] value();
  }
}
