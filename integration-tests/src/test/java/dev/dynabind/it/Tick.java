package dev.dynabind.it;

import dev.dynabind.Key;
import dev.dynabind.Table;
import java.time.Instant;

/** An {@code Instant} sort key, with the same instant kept as a plain attribute. */
@Table("ticks")
public record Tick(@Key String stream, @Key(sort = true) Instant at, Instant seen) {}
