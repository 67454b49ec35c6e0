package dev.dynabind.it;

import dev.dynabind.CreatedAt;
import dev.dynabind.GeneratedId;
import dev.dynabind.Key;
import dev.dynabind.Table;
import dev.dynabind.Ttl;
import dev.dynabind.UpdatedAt;
import dev.dynabind.Version;
import java.time.Instant;

/** Every lifecycle annotation on one record. */
@Table("docs")
public record Doc(@Key @GeneratedId String id, String title, @CreatedAt Instant createdAt,
                  @UpdatedAt Instant updatedAt, @Version Long version, @Ttl Instant expiresAt) {
  Doc withTitle(String newTitle) {
    return new Doc(id, newTitle, createdAt, updatedAt, version, expiresAt);
  }
}
