package dev.dynabind.it;

import dev.dynabind.CreatedAt;
import dev.dynabind.GeneratedId;
import dev.dynabind.Key;
import dev.dynabind.Table;
import dev.dynabind.Ttl;
import java.time.Instant;
import java.util.UUID;

/** A generated UUID key, a creation time and an epoch-seconds TTL, without a version. */
@Table("memos")
public record Memo(@Key @GeneratedId UUID id, String text, @CreatedAt Instant createdAt,
                   @Ttl long expiresAtSeconds) {}
