package dev.dynabind.it;

import dev.dynabind.Key;
import dev.dynabind.Table;

/** A composite key with a number sort key. */
@Table("events")
public record Event(@Key String stream, @Key(sort = true) long seq, String payload) {}
