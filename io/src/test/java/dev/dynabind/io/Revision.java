package dev.dynabind.io;

import dev.dynabind.CreatedAt;
import dev.dynabind.GeneratedId;
import dev.dynabind.Key;
import dev.dynabind.Table;
import dev.dynabind.UpdatedAt;
import dev.dynabind.Version;
import java.time.Instant;

/** A record with a generated id, timestamps and a version, for imports that restore. */
@Table("revisions")
public record Revision(@Key @GeneratedId String id, String text, @CreatedAt Instant createdAt,
                       @UpdatedAt Instant updatedAt, @Version long version) {}
