package dev.dynabind;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Guards a table's items with optimistic locks kept in separate lock items of the same table.
 * The lock item of an item has the same key with {@link #suffix()} appended to the sort key (or to
 * the partition key when the table has none), which must therefore be a {@code String}. A lock
 * item holds a version number and an epoch-seconds expiry that DynamoDB's TTL removes.
 *
 * <pre>{@code
 * @Table("accounts")
 * @LockedBy
 * public record Account(@Key String owner, @Key(sort = true) String name, long balance) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface LockedBy {
  /**
   * Appended to the key to form the lock item's key; not empty.
   *
   * @return the suffix
   */
  String suffix() default "#lock";

  /**
   * How long a lock item lives after it was created or refreshed, as an ISO-8601 duration.
   *
   * @return the time to live, such as {@code "PT24H"}
   */
  String ttl() default "PT24H";

  /**
   * A lock read this close to its expiry gets its expiry extended; shorter than {@link #ttl()}.
   *
   * @return an ISO-8601 duration such as {@code "PT1H"}
   */
  String refreshWithin() default "PT1H";

  /**
   * The lock item's attribute holding the version; no component of the record may use it.
   *
   * @return the attribute name
   */
  String versionAttribute() default "version";

  /**
   * The lock item's epoch-seconds expiry attribute, on which the table's TTL is enabled; no
   * component of the record may use it.
   *
   * @return the attribute name
   */
  String ttlAttribute() default "ttl";
}
