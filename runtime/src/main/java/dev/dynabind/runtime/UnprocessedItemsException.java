package dev.dynabind.runtime;

import dev.dynabind.runtime.internal.batch.Pending;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A batch call ended with some writes not applied or some keys not read: the retries were spent
 * on unprocessed items, throttling or server errors, an error that retrying cannot cure stopped
 * the call, or the calling thread was interrupted (its interrupt flag is then set again).
 * Everything not listed here was applied (for writes) or read (for reads). The message names the
 * tables and keys, never other item contents.
 *
 * <pre>{@code
 * try {
 *   users.batchSave(all);
 * } catch (UnprocessedItemsException e) {
 *   retryLater(e.itemsOf(users));
 * }
 * }</pre>
 */
public final class UnprocessedItemsException extends DynabindException {
  private static final long serialVersionUID = 1L;
  private static final int KEYS_IN_MESSAGE = 20;

  private final transient List<Pending> pending;
  private final String operation;
  private final int attempts;
  private final boolean interrupted;

  UnprocessedItemsException(String operation, int total, List<Pending> pending, int attempts,
      boolean interrupted, Throwable cause) {
    super(message(operation, total, pending, attempts, interrupted, cause), cause);
    this.pending = List.copyOf(pending);
    this.operation = operation;
    this.attempts = attempts;
    this.interrupted = interrupted;
  }

  /**
   * {@code BatchWriteItem} or {@code BatchGetItem}.
   *
   * @return the operation
   */
  public String operation() {
    return operation;
  }

  /**
   * The most attempts any request of the call made.
   *
   * @return attempts, 0 when the call stopped before sending
   */
  public int attempts() {
    return attempts;
  }

  /**
   * Whether an interrupt of the calling thread stopped the call.
   *
   * @return true when interrupted
   */
  public boolean interrupted() {
    return interrupted;
  }

  /**
   * Everything not applied, in call order: the item of each put, the key of each delete and of
   * each read.
   *
   * @return an immutable list
   */
  public List<Object> unprocessedItems() {
    List<Object> values = new ArrayList<>(pending.size());
    for (Pending p : pending) {
      values.add(p.value());
    }
    return List.copyOf(values);
  }

  /**
   * The puts of one table that were not applied. Any repository of the table finds them, not
   * only the instance they were saved through.
   *
   * @param repository a repository of the table
   * @param <R> the record type
   * @return the items, in call order
   */
  @SuppressWarnings("unchecked") // a put's value was passed in as an R through this repository
  public <R> List<R> itemsOf(Repository<R, ?> repository) {
    List<R> items = new ArrayList<>();
    for (Pending p : pending) {
      if (p.sameTable(repository.tableName(), repository.codec())
          && p.kind() == Pending.Kind.PUT) {
        items.add((R) p.value());
      }
    }
    return List.copyOf(items);
  }

  /**
   * The keys of every operation of one table not applied: puts, deletes and reads. Any
   * repository of the table finds them, not only the instance they went through.
   *
   * @param repository a repository of the table
   * @param <K> the key type
   * @return the keys, in call order
   */
  @SuppressWarnings("unchecked") // keys were extracted or passed in as K through this repository
  public <K> List<K> keysOf(Repository<?, K> repository) {
    List<K> keys = new ArrayList<>();
    for (Pending p : pending) {
      if (p.sameTable(repository.tableName(), repository.codec())) {
        keys.add((K) p.key());
      }
    }
    return List.copyOf(keys);
  }

  private static String message(String operation, int total, List<Pending> pending,
      int attempts, boolean interrupted, Throwable cause) {
    String what = "BatchGetItem".equals(operation) ? "keys were not read" : "writes were not applied";
    StringBuilder message = new StringBuilder()
        .append(pending.size()).append(" of ").append(total).append(' ').append(what);
    if (interrupted) {
      message.append(" because the calling thread was interrupted");
    } else {
      message.append(" after ").append(attempts).append(attempts == 1 ? " attempt" : " attempts");
    }
    if (cause instanceof TableNotFoundException missing && !interrupted) {
      // Its message is Dynabind's own (table names and the fix), never the service's.
      message.append(" (last error: ").append(missing.getMessage()).append(')');
    } else if (cause != null && !interrupted) {
      // The class and status, not the message: a service message may quote item contents.
      message.append(" (last error: ").append(cause.getClass().getSimpleName()).append(')');
    }
    Map<String, List<Object>> byTable = new LinkedHashMap<>();
    for (Pending p : pending) {
      byTable.computeIfAbsent(p.tableName(), t -> new ArrayList<>()).add(p.key());
    }
    byTable.forEach((table, keys) -> {
      message.append("; table '").append(table).append("' keys ")
          .append(keys.subList(0, Math.min(KEYS_IN_MESSAGE, keys.size())));
      if (keys.size() > KEYS_IN_MESSAGE) {
        message.append(" and ").append(keys.size() - KEYS_IN_MESSAGE).append(" more");
      }
    });
    return message.toString();
  }
}
