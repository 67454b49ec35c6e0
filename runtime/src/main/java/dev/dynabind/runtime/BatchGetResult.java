package dev.dynabind.runtime;

import java.util.List;
import java.util.Map;

/** The items a {@link BatchGet} found, by repository. Immutable. */
public final class BatchGetResult {
  private final Map<Repository<?, ?>, List<?>> items;

  BatchGetResult(Map<Repository<?, ?>, List<?>> items) {
    this.items = items;
  }

  /**
   * The items found for one repository's keys, in the order each key was first added. Keys with
   * no item are simply absent, and lock items are never returned.
   *
   * @param repository a repository added to the batch
   * @param <R> the record type
   * @return an immutable list
   * @throws IllegalArgumentException when the repository was not part of the batch
   */
  @SuppressWarnings("unchecked") // the list was decoded by this repository's codec as R
  public <R> List<R> itemsOf(Repository<R, ?> repository) {
    List<?> found = items.get(repository);
    if (found == null) {
      throw new IllegalArgumentException(
          "table '" + repository.tableName() + "' was not part of this batchGet");
    }
    return List.copyOf((List<R>) found);
  }
}
