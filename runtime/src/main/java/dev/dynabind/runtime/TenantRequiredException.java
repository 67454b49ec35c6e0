package dev.dynabind.runtime;

/**
 * An item operation of a {@link Dynabind} with a strict {@link Tenancy} ran outside
 * {@link Tenant#run} and {@link Tenant#call}; nothing was sent.
 */
public class TenantRequiredException extends DynabindException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param tableName the table the operation was for, as requests name it, or null
   */
  public TenantRequiredException(String tableName) {
    super((tableName == null ? "" : "table '" + tableName + "': ")
        + "no tenant in effect, and this Dynabind's tenancy is strict; run the operation inside"
        + " Tenant.run(tenantId, ...) or Tenant.call(tenantId, ...), or build the Dynabind with"
        + " Tenancy.keyPrefix().allowUnscoped() to act on the tables as stored");
  }
}
