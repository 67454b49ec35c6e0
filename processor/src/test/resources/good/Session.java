package shop;

import dev.dynabind.CreatedAt;
import dev.dynabind.GeneratedId;
import dev.dynabind.Key;
import dev.dynabind.Table;
import dev.dynabind.Ttl;
import dev.dynabind.UpdatedAt;
import dev.dynabind.Version;
import java.time.Instant;

/** Every lifecycle annotation: the golden files show how the codec stamps a write. */
@Table("sessions")
public record Session(
    @Key @GeneratedId String id,
    String user,
    @CreatedAt Instant createdAt,
    @UpdatedAt Instant updatedAt,
    @Version long version,
    @Ttl Instant expiresAt) {}
