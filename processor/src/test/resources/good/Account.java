package shop;

import dev.dynabind.Key;
import dev.dynabind.LockedBy;
import dev.dynabind.Table;

@Table("accounts")
@LockedBy
public record Account(@Key String owner, @Key(sort = true) String name, long balance) {}
