package dev.dynabind.it.demo;

import dev.dynabind.Key;
import dev.dynabind.LockedBy;
import dev.dynabind.Table;

/**
 * A named account of an owner, guarded by optimistic locks: the generated repository is a
 * {@code LockedRepository}, and its table has TTL enabled for the lock items.
 *
 * @param owner the partition key
 * @param name the sort key; lock items append {@code #lock} to it
 * @param balance the balance in cents
 * @param currency the ISO currency code
 */
@Table("accounts")
@LockedBy
public record Account(@Key String owner, @Key(sort = true) String name, long balance,
    String currency) {}
