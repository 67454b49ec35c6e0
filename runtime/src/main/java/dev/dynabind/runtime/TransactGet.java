package dev.dynabind.runtime;

import dev.dynabind.runtime.internal.config.Arguments;
import dev.dynabind.runtime.internal.op.TransactGetOperation;
import dev.dynabind.runtime.internal.table.ItemId;
import dev.dynabind.runtime.internal.table.TableBinding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reads up to {@value #MAX_ITEMS} items of one or more tables as one consistent snapshot, in one
 * TransactGetItems: no write transaction is half-seen. Made by {@link Dynabind#transactGet()}; not
 * thread-safe.
 *
 * <pre>{@code
 * TransactGetResult r = db.transactGet().get(users, k1).get(orders, k2).execute();
 * Optional<User> user = r.get(users, k1);
 * }</pre>
 *
 * <p>Keys are validated when added: a null, empty or lock item's key, the same item twice
 * (numbers compare by value) or more than {@value #MAX_ITEMS} keys is refused with an
 * {@link IllegalArgumentException} naming the read's index, table and key, and nothing is sent.
 * Throttling, conflicts with running write transactions and server errors are retried by the
 * {@link RetryPolicy}; a cancellation that outlasts them throws
 * {@link TransactionCanceledException}. Reads bypass the batch context cache, since they must
 * be one snapshot; in strict mode {@link #execute()} needs a context all the same.
 */
public final class TransactGet {
  /** DynamoDB's cap on items in one TransactGetItems. */
  public static final int MAX_ITEMS = 100;

  private final Dynabind db;
  private final List<TableBinding<?, ?>> tables = new ArrayList<>();
  private final List<Map<String, AttributeValue>> keys = new ArrayList<>();
  private final List<String> renderedKeys = new ArrayList<>();
  private final Map<ItemId, Integer> positions = new HashMap<>();

  TransactGet(Dynabind db) {
    this.db = Arguments.required(db, "db");
  }

  /**
   * Adds an item to read.
   *
   * @param repository the item's repository, made with this read's {@link Dynabind}'s client
   * @param key the key
   * @param <K> the key type
   * @return this read
   * @throws IllegalArgumentException when the key is refused (see the class description)
   */
  public <K> TransactGet get(Repository<?, K> repository, K key) {
    Arguments.required(repository, "repository");
    int index = keys.size();
    String where = "read " + index + " (table '" + repository.tableName() + "')";
    if (repository.db().client() != db.client()) {
      throw new IllegalArgumentException(where + ": its repository uses another DynamoDbClient;"
          + " one transaction goes through one client");
    }
    Map<String, AttributeValue> encoded;
    try {
      encoded = repository.recordKeys().encode(key);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }
    String rendered = ItemDecodeException.renderKey(repository.codec().metadata(), encoded);
    if (index >= MAX_ITEMS) {
      throw new IllegalArgumentException(where + " of " + rendered + " is one too many: a"
          + " transactional read holds at most " + MAX_ITEMS + " items");
    }
    ItemId id = new ItemId(repository.tableName(), encoded);
    if (positions.containsKey(id)) {
      throw new IllegalArgumentException(where + ": item " + rendered + " is already read by read "
          + positions.get(id) + "; DynamoDB rejects a transaction that names an item twice");
    }
    positions.put(id, index);
    tables.add(repository.binding());
    keys.add(encoded);
    renderedKeys.add(rendered);
    return this;
  }

  /**
   * How many items this read holds.
   *
   * @return the count
   */
  public int size() {
    return keys.size();
  }

  /**
   * Reads every item in one TransactGetItems.
   *
   * @return the items found, by repository and key
   * @throws IllegalArgumentException when nothing was added; nothing sent
   * @throws TransactionCanceledException when DynamoDB canceled the read after the retries
   * @throws ItemDecodeException when a stored item cannot be decoded, naming its table
   * @throws BatchContextRequiredException in strict mode outside a batch context
   */
  public TransactGetResult execute() {
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("a transactional read needs at least one key");
    }
    db.contextOrCheckStrict();
    List<String> tableNames = tables.stream().map(TableBinding::name).toList();
    List<Object> records = db.pipeline().run(new TransactGetOperation(tables, keys,
        String.join(", ", renderedKeys),
        canceled -> TransactionCanceledException.CANCELLATIONS.ofGet(tableNames, renderedKeys, canceled)));
    Map<ItemId, Object> found = new HashMap<>();
    positions.forEach((id, index) -> found.put(id, records.get(index)));
    return new TransactGetResult(found);
  }
}
