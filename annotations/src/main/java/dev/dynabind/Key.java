package dev.dynabind;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the record component that holds the partition key, or with {@code sort = true} the sort
 * key. Every {@link Table} record has exactly one partition key and at most one sort key, each
 * stored as a string, number or binary attribute.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface Key {
  /**
   * Whether this component is the sort (range) key rather than the partition (hash) key.
   *
   * @return {@code true} for the sort key
   */
  boolean sort() default false;
}
