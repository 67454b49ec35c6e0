package dev.dynabind.runtime;

import java.util.List;

/**
 * An atomic write lost a race: the lock it was conditioned on is no longer the stored one, because
 * someone else wrote the item, or its lock expired or was deleted and recreated with a new lifetime
 * id, since the lock was read. Nothing of the write was applied. Read the lock and the item again and retry, as
 * {@link LockedRepository#updateAtomic} does.
 */
public class RaceConditionException extends DynabindException {
  private static final long serialVersionUID = 1L;

  private final transient List<Lock<?>> staleLocks;

  /**
   * Creates the exception.
   *
   * @param message what happened, naming the keys
   * @param staleLocks the locks that were stale; may be empty when DynamoDB did not say which
   * @param cause the service error, if any
   */
  public RaceConditionException(String message, List<Lock<?>> staleLocks, Throwable cause) {
    super(message, cause);
    this.staleLocks = List.copyOf(staleLocks);
  }

  /**
   * The locks that were stale, so the keys that were written by someone else in the meantime.
   *
   * @return the stale locks, possibly empty when DynamoDB did not report reasons
   */
  public List<Lock<?>> staleLocks() {
    return staleLocks == null ? List.of() : staleLocks;
  }
}
