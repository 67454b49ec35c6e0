package dev.dynabind.runtime.internal.context;

import dev.dynabind.runtime.internal.batch.Outcome;
import java.util.List;

/**
 * Makes the exception a batch context read fails with when its keys were not read, the same
 * {@code UnprocessedItemsException} a {@code batchGet} outside a context throws; this package
 * cannot build the public type itself.
 */
@FunctionalInterface
public interface NotRead {
  /**
   * The exception for keys not read.
   *
   * @param tags the tags of the keys not read, as the reads carried them
   * @param total how many keys the failing call asked for
   * @param outcome why they were not read
   * @return the exception
   */
  RuntimeException exception(List<Object> tags, int total, Outcome outcome);
}
