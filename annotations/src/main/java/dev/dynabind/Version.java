package dev.dynabind;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Optimistic locking inside the item, in the format of the AWS SDK Enhanced Client's
 * {@code VersionedRecordExtension} ({@code @DynamoDbVersionAttribute}), so either library can
 * write the table. The component is a {@code long}, {@code Long}, {@code int} or {@code Integer},
 * stored as N.
 *
 * <p>{@code save(item)} reads the component as the version the caller last read:
 * <ul>
 *   <li>{@code null} or {@code 0}: a new item; the put is conditioned on
 *       {@code attribute_not_exists} of the version attribute and stores version 1;</li>
 *   <li>any other value {@code v}: the put is conditioned on the stored version being {@code v}
 *       and stores {@code v + 1}.</li>
 * </ul>
 * The record returned by {@code save} carries the stored version, so saving it again is the next
 * write. When the condition fails nothing is written and {@code save} throws
 * {@code VersionConflictException} (a {@code ConditionFailedException}) naming the key, the
 * version expected and the version stored.
 *
 * <p>A batch put cannot be conditioned (BatchWriteItem takes no conditions), so batch puts to a
 * versioned table are refused unless the call opts out with
 * {@code BatchWriteOptions.skipVersionCheck()}; they then store {@code v + 1} unchecked.
 * Deletes are not version-checked, by key or in batches, as the Enhanced Client's are not.
 *
 * <p>At most one per record, on a component that is not a key. Another type, a key, a second
 * {@code @Version}, another lifecycle annotation on the same component, or a record without
 * {@code @Table} are compile-time errors.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface Version {}
