package dev.dynabind.runtime.internal.table;

import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A table as its repository names it at each call, for objects that outlive one call (the index
 * objects of a generated repository): the binding that decodes and the tenant's key prefix are
 * asked when a read starts, so a read acts for the tenant in effect then.
 *
 * @param binding the binding at the call (it refuses to answer outside a tenant of a strict
 *     tenancy)
 * @param tenantPrefix the tenant's partition key prefix at the call, or null for none
 * @param isLockItem tells lock items apart
 * @param <R> the record type
 */
public record TableScope<R>(Supplier<TableBinding<R, ?>> binding, Supplier<String> tenantPrefix,
    Predicate<Map<String, AttributeValue>> isLockItem) {}
