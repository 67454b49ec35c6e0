package dev.dynabind.runtime;

import dev.dynabind.runtime.internal.batch.BatchReads;
import dev.dynabind.runtime.internal.config.Arguments;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads keys of several tables together, in shared BatchGetItem requests of up to 100 keys.
 * Every key is validated when it is added, so an invalid one fails before anything is sent.
 * Single use, not thread-safe.
 *
 * <pre>{@code
 * BatchGetResult result = db.batchGet()
 *     .add(users, List.of("alice", "bob"))
 *     .add(orders, List.of(new OrderKey("alice", 17L)), BatchGetOptions.consistent())
 *     .execute();
 * List<User> found = result.itemsOf(users);
 * }</pre>
 */
public final class BatchGet {
  private final Dynabind db;
  private final BatchReads reads = new BatchReads();
  private boolean executed;

  BatchGet(Dynabind db) {
    this.db = db;
  }

  /**
   * Adds keys of one repository, read with the default options.
   *
   * @param repository the repository, made with the same {@link Dynabind}
   * @param keys the keys; duplicates are read once
   * @param <K> the key type
   * @return this
   * @throws IllegalArgumentException when a key is null or empty, naming it
   */
  public <K> BatchGet add(Repository<?, K> repository, Collection<? extends K> keys) {
    return add(repository, keys, BatchGetOptions.defaults());
  }

  /**
   * Adds keys of one repository. A repository added twice must be given the same options.
   *
   * @param repository the repository, made with the same {@link Dynabind}
   * @param keys the keys; duplicates are read once
   * @param options consistency and projection for this table
   * @param <K> the key type
   * @return this
   * @throws IllegalArgumentException when a key is null or empty, naming it, or the options
   *     differ from an earlier add of the same repository
   */
  public <K> BatchGet add(Repository<?, K> repository, Collection<? extends K> keys,
      BatchGetOptions options) {
    Arguments.required(repository, "repository");
    Arguments.required(keys, "keys");
    Arguments.required(options, "options");
    if (repository.db() != db) {
      throw new IllegalArgumentException("repository of table '" + repository.tableName()
          + "' was made with another Dynabind");
    }
    addTo(repository, keys, options);
    return this;
  }

  private <R, K> void addTo(Repository<R, K> repository, Collection<? extends K> keys,
      BatchGetOptions options) {
    reads.add(repository.binding(), repository.recordKeys(), keys, options);
  }

  /**
   * Reads every distinct key, in parallel chunks of up to 100, retrying what is unprocessed or
   * throttled.
   *
   * @return the items found, by repository
   * @throws UnprocessedItemsException when some keys were not read after the last attempt or
   *     the calling thread was interrupted; it lists exactly those keys
   * @throws IllegalStateException when called twice
   * @throws BatchContextRequiredException in strict mode outside a batch context
   */
  public BatchGetResult execute() {
    db.contextOrCheckStrict();
    if (executed) {
      throw new IllegalStateException("a BatchGet executes once");
    }
    executed = true;
    Map<String, BatchGetResult.TableItems> items = new LinkedHashMap<>();
    reads.execute(db.batchServices().runner()).forEach((name, found) ->
        items.put(name, new BatchGetResult.TableItems(found.codec(), found.items())));
    return new BatchGetResult(items);
  }
}
