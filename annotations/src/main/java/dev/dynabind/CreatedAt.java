package dev.dynabind;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Sets a {@code java.time.Instant} component of a {@code @Table} record to the {@code Dynabind}
 * clock's instant when it is {@code null} as the item is written by {@code save} or a batch put,
 * and keeps a non-null value as given; so a record read and saved again keeps its creation time.
 * The value is stored as the other {@code Instant} components are (ISO-8601 text, S). One write
 * stamps every item it writes with one instant, which {@code @UpdatedAt} gets too.
 *
 * <pre>{@code
 * public record Note(@Key String id, String text, @CreatedAt Instant createdAt,
 *                    @UpdatedAt Instant updatedAt) {}
 * }</pre>
 *
 * <p>A put replaces the whole item: a record saved with a {@code null} creation time over an
 * existing item gets a new one. At most one per record; allowed on a key component (a sort key
 * that is the creation time). Another type, a second {@code @CreatedAt}, another lifecycle
 * annotation on the same component, or a record without {@code @Table} are compile-time errors.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface CreatedAt {}
