package dev.dynabind.runtime;

import dev.dynabind.runtime.spi.TableCodec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code updateAll} left some items not updated. It lists exactly those keys, each with why;
 * every other key was updated. The message names the table and keys, never other item contents.
 * When an error (rather than failed conditions) stopped the call, the first such error is the
 * cause.
 *
 * <pre>{@code
 * try {
 *   users.updateAll(keys, Update.of(status.set(Status.INACTIVE)), Condition.ifPresent());
 * } catch (UpdateAllException e) {
 *   List<String> missing = e.keysOf(users, UpdateAllException.Reason.CONDITION_FAILED);
 *   List<String> retryLater = e.keysOf(users, UpdateAllException.Reason.NOT_ATTEMPTED);
 * }
 * }</pre>
 */
public final class UpdateAllException extends DynabindException {
  private static final long serialVersionUID = 1L;
  private static final int KEYS_IN_MESSAGE = 20;

  /** Why a key was not updated. */
  public enum Reason {
    /** Its condition did not hold; the item was not changed. */
    CONDITION_FAILED,
    /** Its update was never sent, because an error or an interrupt stopped the call first. */
    NOT_ATTEMPTED,
    /**
     * Its update failed with an exception other than a failed condition (the first such exception
     * is the cause): an error the retries did not cure, after which it was not applied (except
     * after a server error or a lost response, when it may or may not have been), or an
     * {@link ItemDecodeException} of the updated item, after which it was applied.
     */
    ERROR
  }

  private final transient TableCodec<?, ?> codec;
  private final transient Map<Object, Reason> notUpdated;
  private final String tableName;
  private final boolean interrupted;

  UpdateAllException(String tableName, TableCodec<?, ?> codec, int total,
      Map<Object, Reason> notUpdated, boolean interrupted, Throwable cause) {
    super(message(tableName, total, notUpdated, interrupted, cause), cause);
    this.codec = codec;
    this.notUpdated = Collections.unmodifiableMap(new LinkedHashMap<>(notUpdated));
    this.tableName = tableName;
    this.interrupted = interrupted;
  }

  /**
   * The table, prefix included.
   *
   * @return the table name
   */
  public String tableName() {
    return tableName;
  }

  /**
   * Whether an interrupt of the calling thread stopped the call (its flag is set again).
   *
   * @return true when interrupted
   */
  public boolean interrupted() {
    return interrupted;
  }

  /**
   * Every key not updated, with why, in the order of the keys given.
   *
   * @param repository a repository of the table
   * @param <K> the key type
   * @return an unmodifiable map
   * @throws IllegalArgumentException when the repository is of another table
   */
  @SuppressWarnings("unchecked") // the keys were passed in as K through a repository of this table
  public <K> Map<K, Reason> notUpdated(Repository<?, K> repository) {
    checkTable(repository);
    return (Map<K, Reason>) (Map<?, Reason>) notUpdated;
  }

  /**
   * The keys not updated for one reason, in the order of the keys given.
   *
   * @param repository a repository of the table
   * @param reason the reason
   * @param <K> the key type
   * @return an immutable list
   * @throws IllegalArgumentException when the repository is of another table
   */
  public <K> List<K> keysOf(Repository<?, K> repository, Reason reason) {
    List<K> keys = new ArrayList<>();
    notUpdated(repository).forEach((key, why) -> {
      if (why == reason) {
        keys.add(key);
      }
    });
    return List.copyOf(keys);
  }

  private void checkTable(Repository<?, ?> other) {
    // One table and record type, whichever repository instance: codecs are singletons.
    if (other.codec() != codec || !other.tableName().equals(tableName)) {
      throw new IllegalArgumentException("these keys are of table '" + tableName
          + "', not of table '" + other.tableName() + "' of the repository given");
    }
  }

  private static String message(String tableName, int total, Map<Object, Reason> notUpdated,
      boolean interrupted, Throwable cause) {
    Map<Reason, Integer> counts = new EnumMap<>(Reason.class);
    notUpdated.values().forEach(reason -> counts.merge(reason, 1, Integer::sum));
    StringBuilder message = new StringBuilder().append(notUpdated.size()).append(" of ")
        .append(total).append(" updates in table '").append(tableName)
        .append("' were not applied (");
    String separator = "";
    for (Map.Entry<Reason, Integer> count : counts.entrySet()) {
      message.append(separator).append(count.getKey()).append(": ").append(count.getValue());
      separator = ", ";
    }
    message.append(')');
    if (interrupted) {
      message.append(" because the calling thread was interrupted");
    } else if (cause instanceof DynabindException dynabind) {
      // Dynabind's messages name tables and keys only.
      message.append("; first error: ").append(dynabind.getMessage());
    } else if (cause != null) {
      // The class, not the message: a service message may quote item contents.
      message.append("; first error: ").append(cause.getClass().getSimpleName());
    }
    List<Object> keys = new ArrayList<>(notUpdated.keySet());
    message.append("; keys ").append(keys.subList(0, Math.min(KEYS_IN_MESSAGE, keys.size())));
    if (keys.size() > KEYS_IN_MESSAGE) {
      message.append(" and ").append(keys.size() - KEYS_IN_MESSAGE).append(" more");
    }
    return message.toString();
  }
}
