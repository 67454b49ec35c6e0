package dev.dynabind.it;

import dev.dynabind.Index;
import dev.dynabind.Key;
import dev.dynabind.LockedBy;
import dev.dynabind.Table;

/** A locked table with an index on its sort key, whose lock items carry that key too. */
@Table("crates")
@LockedBy
public record Crate(@Key String owner, @Key(sort = true) @Index("byName") String name,
    int size) {}
