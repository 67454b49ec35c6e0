package dev.dynabind.runtime.internal.batch;

import dev.dynabind.runtime.UnprocessedItemsException;
import dev.dynabind.runtime.UpdateAllException;
import dev.dynabind.runtime.spi.TableCodec;
import java.util.List;
import java.util.Map;

/**
 * Makes the API's exceptions of incomplete batch calls, whose constructors are the API's own:
 * the API hands in constructor references ({@code UnprocessedItemsException::new},
 * {@code UpdateAllException::new}), so the engine builds them without the API opening them up.
 *
 * @param unprocessed makes the exception of writes not applied or keys not read
 * @param notUpdated makes the exception of {@code updateAll} keys not updated
 */
public record BatchFailures(Unprocessed unprocessed, NotUpdated notUpdated) {

  /** Makes an {@link UnprocessedItemsException}. */
  @FunctionalInterface
  public interface Unprocessed {
    /**
     * The exception.
     *
     * @param operation {@code BatchWriteItem} or {@code BatchGetItem}
     * @param total how many operations the call had
     * @param pending what was not applied, in call order
     * @param attempts the most attempts any request made
     * @param interrupted whether an interrupt stopped the call
     * @param cause the last error, or null
     * @return the exception
     */
    UnprocessedItemsException create(String operation, int total, List<Pending> pending,
        int attempts, boolean interrupted, Throwable cause);
  }

  /** Makes an {@link UpdateAllException}. */
  @FunctionalInterface
  public interface NotUpdated {
    /**
     * The exception.
     *
     * @param tableName the table, prefix included, as the call named it
     * @param codec the table's codec
     * @param total how many distinct keys the call had
     * @param notUpdated the keys not updated, with why, in call order
     * @param interrupted whether an interrupt stopped the call
     * @param cause the first error, or null
     * @return the exception
     */
    UpdateAllException create(String tableName, TableCodec<?, ?> codec, int total,
        Map<Object, UpdateAllException.Reason> notUpdated, boolean interrupted, Throwable cause);
  }
}
