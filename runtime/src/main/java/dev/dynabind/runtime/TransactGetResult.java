package dev.dynabind.runtime;

import dev.dynabind.runtime.internal.config.Arguments;
import dev.dynabind.runtime.internal.table.ItemId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The items a {@link TransactGet} read, as one snapshot, looked up by repository and key.
 * Immutable.
 */
public final class TransactGetResult {
  /** Every key read, with its decoded record, or null where no item was stored. */
  private final Map<ItemId, Object> found;

  TransactGetResult(Map<ItemId, Object> found) {
    this.found = new HashMap<>(found);
  }

  /**
   * The item read for a key; numbers in keys compare by value, as DynamoDB compares them. Under
   * a {@link Tenancy}, ask as the tenant that read it: the key is matched as that tenant stores
   * it.
   *
   * @param repository the repository the key was read through (or another of the same table)
   * @param key the key
   * @param <R> the record type
   * @param <K> the key type
   * @return the item, or empty when none was stored
   * @throws IllegalArgumentException when the key was not part of the read
   * @throws TenantRequiredException outside a tenant of a strict tenancy
   */
  public <R, K> Optional<R> get(Repository<R, K> repository, K key) {
    Arguments.required(repository, "repository");
    ItemId id = repository.idOf(key);
    if (!found.containsKey(id)) {
      throw new IllegalArgumentException("key " + key + " of table '" + repository.tableName()
          + "' was not part of this transactional read");
    }
    // The record was decoded by this table's binding, so it is an R.
    @SuppressWarnings("unchecked")
    R record = (R) found.get(id);
    return Optional.ofNullable(record);
  }

  /**
   * How many keys were read.
   *
   * @return the count
   */
  public int size() {
    return found.size();
  }
}
