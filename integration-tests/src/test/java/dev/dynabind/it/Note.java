package dev.dynabind.it;

import dev.dynabind.Key;
import dev.dynabind.Table;

/** A composite key with a string sort key, for {@code beginsWith}. */
@Table("notes")
public record Note(@Key String owner, @Key(sort = true) String path, String body) {}
