package dev.dynabind;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Reads an absent {@code Set} component as an empty, unmodifiable set instead of {@code null}.
 * DynamoDB has no empty sets, so an empty set is not stored; without this annotation it reads back
 * as {@code null}, as every absent reference type does. Writing is unchanged: an empty or null set
 * is still not stored. Only for {@code Set} components; anything else is a compile-time error.
 *
 * <pre>{@code
 * public record User(@Key String id, @EmptyWhenAbsent Set<String> tags) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface EmptyWhenAbsent {}
