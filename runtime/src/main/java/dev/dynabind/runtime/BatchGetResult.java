package dev.dynabind.runtime;

import dev.dynabind.runtime.spi.TableCodec;
import java.util.List;
import java.util.Map;

/**
 * The items a {@link BatchGet} found, by table. Immutable. Any repository of a table added to
 * the batch finds that table's items, not only the instance that was added.
 */
public final class BatchGetResult {
  private final Map<String, TableItems> items;

  BatchGetResult(Map<String, TableItems> items) {
    this.items = items;
  }

  /** One table's items, with the codec that decoded them. */
  record TableItems(TableCodec<?, ?> codec, List<?> items) {}

  /**
   * The items found for one table's keys, in the order each key was first added. Keys with no
   * item are simply absent, and lock items are never returned.
   *
   * @param repository a repository of a table added to the batch (any instance of it)
   * @param <R> the record type
   * @return an immutable list
   * @throws IllegalArgumentException when the repository's table was not part of the batch
   */
  @SuppressWarnings("unchecked") // decoded by this repository's codec (checked) as R
  public <R> List<R> itemsOf(Repository<R, ?> repository) {
    TableItems found = items.get(repository.tableName());
    if (found == null || found.codec() != repository.codec()) {
      throw new IllegalArgumentException(
          "table '" + repository.tableName() + "' was not part of this batchGet");
    }
    return List.copyOf((List<R>) found.items());
  }
}
