package dev.dynabind;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Sets a {@code java.time.Instant} component of a {@code @Table} record to the {@code Dynabind}
 * clock's instant on every write by {@code save} or a batch put, whatever value it had. Stored as
 * the other {@code Instant} components are (ISO-8601 text, S).
 *
 * <p>At most one per record, on a component that is not a key (a key that changed on every write
 * would make every write a new item). Another type, a key, a second {@code @UpdatedAt}, another
 * lifecycle annotation on the same component, or a record without {@code @Table} are
 * compile-time errors.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface UpdatedAt {}
