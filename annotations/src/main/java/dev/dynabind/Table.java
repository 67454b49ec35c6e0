package dev.dynabind;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record as an item of a DynamoDB table. At compile time Dynabind's processor writes
 * {@code <Record>Codec} and {@code <Record>Repository} beside it (and {@code <Record>Key} when the
 * table has a sort key).
 *
 * <pre>{@code
 * @Table("users")
 * public record User(@Key String id, String email) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Table {
  /**
   * The table name without the per-environment prefix set on {@code Dynabind.builder()}: 3 to 255
   * characters of {@code a-z A-Z 0-9 _ . -}.
   *
   * @return the table name
   */
  String value();
}
