package dev.dynabind.it;

import dev.dynabind.CreatedAt;
import dev.dynabind.GeneratedId;
import dev.dynabind.Key;
import dev.dynabind.Table;
import dev.dynabind.UpdatedAt;
import dev.dynabind.Version;
import java.time.Instant;

/** A generated id that is not the key, and an {@code int} version. */
@Table("tickets")
public record Ticket(@Key String code, @GeneratedId String ref, String state,
                     @CreatedAt Instant createdAt, @UpdatedAt Instant updatedAt,
                     @Version int version) {}
