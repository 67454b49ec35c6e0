package dev.dynabind.it.demo;

import dev.dynabind.Attribute;
import dev.dynabind.Key;
import dev.dynabind.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A user, keyed by id alone: the generated {@code UserRepository} takes a {@code String} key.
 *
 * @param id the partition key
 * @param email the e-mail address
 * @param status the account state, stored by name
 * @param createdAt when the user signed up, stored as ISO-8601 text under {@code created_at}
 * @param tags free-form labels, in order
 * @param address the postal address, a nested record
 * @param nickname an optional display name; empty is not stored
 * @param logins how many times the user signed in
 * @param credit the store credit
 * @param externalId the id in another system
 * @param roles the granted roles, stored as a string set
 */
@Table("users")
public record User(
    @Key String id,
    String email,
    Status status,
    @Attribute("created_at") Instant createdAt,
    List<String> tags,
    Address address,
    Optional<String> nickname,
    int logins,
    BigDecimal credit,
    UUID externalId,
    Set<String> roles) {}
