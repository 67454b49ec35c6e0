package dev.dynabind.it;

import dev.dynabind.Key;
import dev.dynabind.Table;

/** A number partition key: the repository's key type is {@code Long}. */
@Table("counters")
public record Counter(@Key long id, int value) {}
