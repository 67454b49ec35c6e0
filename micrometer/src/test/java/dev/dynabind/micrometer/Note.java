package dev.dynabind.micrometer;

import dev.dynabind.Key;
import dev.dynabind.Table;

/** The test table. */
@Table("notes")
public record Note(@Key String id, String text) {}
