package dev.dynabind.it.demo;

import dev.dynabind.CreatedAt;
import dev.dynabind.GeneratedId;
import dev.dynabind.Key;
import dev.dynabind.Table;
import dev.dynabind.Ttl;
import dev.dynabind.UpdatedAt;
import dev.dynabind.Version;
import java.time.Instant;

/**
 * A login session whose id, timestamps and version Dynabind fills in, and which DynamoDB's TTL
 * deletes after it expires.
 *
 * @param id the partition key, a UUIDv7 generated on the first save
 * @param user who logged in
 * @param createdAt set by the write that creates the item
 * @param updatedAt set by every write
 * @param version advanced by every write; a save must carry the version stored
 * @param expiresAt when DynamoDB may delete the session, stored as epoch seconds
 */
@Table("sessions")
public record Session(@Key @GeneratedId String id, String user, @CreatedAt Instant createdAt,
    @UpdatedAt Instant updatedAt, @Version long version, @Ttl Instant expiresAt) {}
