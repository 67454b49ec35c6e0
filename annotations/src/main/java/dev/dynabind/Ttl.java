package dev.dynabind;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the expiry time of an item, for DynamoDB's Time to Live: the component is stored as N,
 * whole seconds since the epoch, the format DynamoDB's TTL reads, and {@code createTable()}
 * enables TTL on its attribute. A {@code java.time.Instant} component is stored as its epoch
 * second (a fraction of a second is dropped, so it reads back truncated to the second, while
 * {@code save} returns it as given); a
 * {@code long} or {@code Long} component is taken to hold epoch seconds already and stored as is.
 * A {@code null} value stores nothing, and the item never expires.
 *
 * <pre>{@code
 * public record Session(@Key String token, String user, @Ttl Instant expiresAt) {}
 * }</pre>
 *
 * <p>DynamoDB deletes expired items in the background, typically within days of their expiry.
 * Until then they are ordinary items: Dynabind's reads return them, as DynamoDB does, and
 * conditions see them. Compare the expiry with the current time where an expired item must not
 * count.
 *
 * <p>At most one per record, on a component that is not a key, and not on a {@code @LockedBy}
 * table, whose lock items already use the one TTL attribute a table can have. Another type, a
 * key, a second {@code @Ttl}, another lifecycle annotation on the same component, or a record
 * without {@code @Table} are compile-time errors.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface Ttl {}
