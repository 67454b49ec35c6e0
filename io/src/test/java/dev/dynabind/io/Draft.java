package dev.dynabind.io;

import dev.dynabind.CreatedAt;
import dev.dynabind.GeneratedId;
import dev.dynabind.Key;
import dev.dynabind.Table;
import dev.dynabind.UpdatedAt;
import java.time.Instant;

/** A record with a generated id and timestamps but no version, for imports that stamp. */
@Table("drafts")
public record Draft(@Key @GeneratedId String id, String text, @CreatedAt Instant createdAt,
                    @UpdatedAt Instant updatedAt) {}
