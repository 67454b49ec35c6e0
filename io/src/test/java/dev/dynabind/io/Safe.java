package dev.dynabind.io;

import dev.dynabind.Key;
import dev.dynabind.LockedBy;
import dev.dynabind.Table;

/** A locked record: its table also holds lock items, which exports and counts leave out. */
@Table("safes")
@LockedBy
public record Safe(@Key String owner, @Key(sort = true) String name, long balance) {}
