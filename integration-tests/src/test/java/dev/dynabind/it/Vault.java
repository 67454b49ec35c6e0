package dev.dynabind.it;

import dev.dynabind.Key;
import dev.dynabind.LockedBy;
import dev.dynabind.Table;

/** A {@code @LockedBy} table, for conditional writes on locked tables. */
@Table("vaults")
@LockedBy
public record Vault(@Key String owner, long balance) {}
