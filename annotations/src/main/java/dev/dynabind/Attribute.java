package dev.dynabind;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stores a record component under another attribute name. Without it the attribute is named
 * after the component.
 *
 * <pre>{@code
 * public record User(@Key String id, @Attribute("created_at") Instant createdAt) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface Attribute {
  /**
   * The stored attribute name; not empty.
   *
   * @return the attribute name
   */
  String value();
}
