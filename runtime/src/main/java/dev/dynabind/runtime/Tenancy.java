package dev.dynabind.runtime;

import java.util.Optional;

/**
 * How a {@link Dynabind} keeps tenants apart, set with {@link Dynabind.Builder#tenancy(Tenancy)}:
 * every tenant's items live in the same tables, and the partition key of each carries the
 * tenant's id as a prefix, {@code tenantId#key} (after DynamoBao). Inside {@link Tenant#run} or
 * {@link Tenant#call}:
 *
 * <ul>
 *   <li>writes store the prefixed partition key, and reads return records with the prefix
 *       stripped, so records look exactly as they would without tenancy;
 *   <li>{@code get}, batch reads and writes, transactions, locks, conditional writes and updates
 *       address only the tenant's items (a lock item's key carries the prefix too);
 *   <li>queries of the table and of its local indexes read only the tenant's partition; scans,
 *       counts, pages and queries of global indexes (whose own partition key is not prefixed)
 *       read the tenant's items only, through a {@code begins_with} filter on the table's
 *       partition key: DynamoDB still reads, and charges for, other tenants' items of the
 *       partition or segment, so give a global index a partition key that includes the tenant
 *       when its queries must stay cheap;
 *   <li>a batch context caches each tenant's items under their own keys;
 *   <li>exports of {@code dynabind-io} write the tenant's items without the prefix, and imports
 *       store them under the tenant in effect.
 * </ul>
 *
 * <p>Every table of such a {@code Dynabind} must have a string partition key (a repository of
 * another table is refused when it is made); use a second {@code Dynabind} without tenancy for
 * tables shared by all tenants. Conditions and filters that compare the partition key attribute
 * itself see the stored, prefixed value. Creating, describing and deleting tables is not scoped.
 *
 * <p>A strict tenancy (the default) refuses every item operation outside a tenant with
 * {@link TenantRequiredException}; {@link #allowUnscoped()} lets such operations act on the
 * tables as they are stored instead (keys unprefixed on write, not stripped on read), for
 * administration and migrations.
 */
public final class Tenancy {
  private static final char SEPARATOR = '#';
  private final boolean strict;

  private Tenancy(boolean strict) {
    this.strict = strict;
  }

  /**
   * Tenants told apart by a prefix on the partition key, strict: an operation outside a tenant
   * is refused.
   *
   * @return the tenancy
   */
  public static Tenancy keyPrefix() {
    return new Tenancy(true);
  }

  /**
   * This tenancy, letting operations outside a tenant act on the tables as stored rather than
   * refusing them.
   *
   * @return a tenancy that is not strict
   */
  public Tenancy allowUnscoped() {
    return new Tenancy(false);
  }

  /**
   * Whether an item operation outside a tenant is refused.
   *
   * @return true unless {@link #allowUnscoped()} was used
   */
  public boolean isStrict() {
    return strict;
  }

  /**
   * The prefix that the partition keys of the tenant in effect carry, such as {@code "acme#"},
   * for code that writes its own requests against a table of this {@code Dynabind}.
   *
   * @return the prefix, or empty outside a tenant when {@link #allowUnscoped()} was used
   * @throws TenantRequiredException outside a tenant when strict
   */
  public Optional<String> partitionKeyPrefix() {
    return Optional.ofNullable(prefixFor(null));
  }

  /** The prefix of the tenant in effect, null when unscoped; the table names the refusal. */
  String prefixFor(String tableName) {
    Optional<String> tenant = Tenant.current();
    if (tenant.isPresent()) {
      return tenant.get() + SEPARATOR;
    }
    if (strict) {
      throw new TenantRequiredException(tableName);
    }
    return null;
  }

  @Override
  public String toString() {
    return strict ? "Tenancy.keyPrefix()" : "Tenancy.keyPrefix().allowUnscoped()";
  }
}
