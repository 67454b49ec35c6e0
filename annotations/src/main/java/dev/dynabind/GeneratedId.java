package dev.dynabind;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Fills a {@code String} or {@code java.util.UUID} component of a {@code @Table} record with a new
 * UUID version 7 (RFC 9562) when it is {@code null} as the item is written by {@code save} or a
 * batch put; a non-null value is kept as given. The repository returns the record as stored, so
 * the caller sees the id:
 *
 * <pre>{@code
 * @Table("users")
 * public record User(@Key @GeneratedId String id, String name) {}
 *
 * User stored = users.save(new User(null, "Ada"));   // stored.id() is "01890a5d-ac96-7..."
 * }</pre>
 *
 * <p>A UUIDv7 starts with the milliseconds of the {@code Dynabind} clock, so ids sort by creation:
 * the ids one {@code Dynabind} generates are strictly increasing in the order they were generated,
 * across threads and within one millisecond (a counter in the random bits), also when the clock
 * stands still or goes back. A {@code String} component holds the canonical lowercase form
 * ({@code UUID.toString()}, 36 characters), whose text order is the same order. The bits after
 * the counter are random ({@code SecureRandom}), but ids generated in one millisecond follow one
 * another: do not use them as secrets.
 *
 * <p>Allowed on any top-level component of type {@code String} or {@code UUID}, including the
 * partition and sort keys; at most one per record. Other types, a second {@code @GeneratedId},
 * another lifecycle annotation on the same component, or a record without {@code @Table} are
 * compile-time errors.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface GeneratedId {}
