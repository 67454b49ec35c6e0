package dev.dynabind.runtime.spi;

import java.util.Optional;

/**
 * Which stored attributes a table's lifecycle annotations mark, so the runtime can condition
 * writes on the version, enable TTL and (for partial updates) set the timestamps. Each name is
 * the stored (attribute) name, or {@code null} when the record has no such component. The values
 * themselves are filled in by {@link TableCodec#beforeWrite}.
 *
 * @param generatedIdAttribute the {@code @GeneratedId} attribute, or null
 * @param createdAtAttribute the {@code @CreatedAt} attribute (an {@code Instant}, S), or null
 * @param updatedAtAttribute the {@code @UpdatedAt} attribute (an {@code Instant}, S), or null
 * @param versionAttribute the {@code @Version} attribute (N), or null
 * @param ttlAttribute the {@code @Ttl} attribute (N, epoch seconds), or null
 */
public record LifecycleSpec(
    String generatedIdAttribute,
    String createdAtAttribute,
    String updatedAtAttribute,
    String versionAttribute,
    String ttlAttribute) {
  /** A table without lifecycle annotations. */
  public static final LifecycleSpec NONE = new LifecycleSpec(null, null, null, null, null);

  /**
   * The version attribute, when the table is versioned.
   *
   * @return the stored name or empty
   */
  public Optional<String> version() {
    return Optional.ofNullable(versionAttribute);
  }

  /**
   * The TTL attribute, when the table has one.
   *
   * @return the stored name or empty
   */
  public Optional<String> ttl() {
    return Optional.ofNullable(ttlAttribute);
  }
}
