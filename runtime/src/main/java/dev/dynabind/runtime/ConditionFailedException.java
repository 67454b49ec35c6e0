package dev.dynabind.runtime;

import dev.dynabind.runtime.internal.config.Arguments;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The condition of a conditional write or update did not hold, so DynamoDB wrote nothing. The
 * message names the table (prefix included) and the item's key; never other item contents.
 *
 * <p>Every conditional write of a repository ({@code save(item, condition)},
 * {@code delete(key, condition)}, {@code update(key, update, condition)}) asks DynamoDB for the
 * item as it was when the condition failed (ReturnValuesOnConditionCheckFailure {@code ALL_OLD}),
 * and this exception keeps it, apart from its message and cause chain, which carry no stored
 * values. Read it typed through a repository of the table:
 *
 * <pre>{@code
 * try {
 *   users.save(user, Condition.ifAbsent());
 * } catch (ConditionFailedException e) {
 *   User existing = e.item(users).orElseThrow();
 * }
 * }</pre>
 */
public class ConditionFailedException extends DynabindException {
  private static final long serialVersionUID = 1L;

  private final String tableName;
  private final String key;
  /** Stored values stay out of serialized forms, as they stay out of messages. */
  private final transient Map<String, AttributeValue> itemAsItWas;

  /**
   * Creates the exception without the item as it was.
   *
   * @param tableName the table, prefix included
   * @param key the item's key as messages render it, such as {@code {id=S:a}}
   * @param cause the SDK's exception, or null; it must carry no stored values
   */
  public ConditionFailedException(String tableName, String key, Throwable cause) {
    this(tableName, key, null, cause);
  }

  /**
   * Creates the exception; made by the runtime when a request fails its condition.
   *
   * @param tableName the table, prefix included
   * @param key the item's key as messages render it, such as {@code {id=S:a}}
   * @param itemAsItWas the stored item as DynamoDB returned it with the failure, or null when
   *     there was none (the item was absent) or the request did not ask for it
   * @param cause the SDK's exception, or null; it must carry no stored values
   */
  public ConditionFailedException(String tableName, String key,
      Map<String, AttributeValue> itemAsItWas, Throwable cause) {
    this("the condition of the write of " + key + " in table '" + tableName
        + "' did not hold; nothing was written", tableName, key, itemAsItWas, cause);
  }

  /**
   * Creates the exception with a message of a subclass's own.
   *
   * @param message the message; it must carry no item contents other than the key
   * @param tableName the table, prefix included
   * @param key the item's key as messages render it
   * @param itemAsItWas the stored item as DynamoDB returned it with the failure, or null
   * @param cause the SDK's exception, or null; it must carry no stored values
   */
  protected ConditionFailedException(String message, String tableName, String key,
      Map<String, AttributeValue> itemAsItWas, Throwable cause) {
    super(message, cause);
    this.tableName = tableName;
    this.key = key;
    this.itemAsItWas = itemAsItWas == null || itemAsItWas.isEmpty() ? null : Map.copyOf(itemAsItWas);
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
   * The item's key as rendered in the message.
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * Whether DynamoDB returned the item as it was: false when there was no item (for example a
   * failed {@code Condition.ifPresent()}), and after serialization.
   *
   * @return true when {@link #item} finds an item
   */
  public boolean hasItem() {
    return itemAsItWas != null;
  }

  /**
   * The item as it was when the condition failed, decoded by a repository of the table.
   *
   * @param repository a repository of the table the write went to
   * @param <R> the record type
   * @return the item, or empty when there was none (see {@link #hasItem()})
   * @throws IllegalArgumentException when the repository is null or its table is not
   *     {@link #tableName()}
   * @throws ItemDecodeException when the stored item cannot be decoded into the record
   */
  public <R> Optional<R> item(Repository<R, ?> repository) {
    Arguments.required(repository, "repository");
    if (!repository.tableName().equals(tableName)) {
      throw new IllegalArgumentException("the failed write went to table '" + tableName
          + "', not to table '" + repository.tableName() + "' of the repository given");
    }
    return itemAsItWas == null ? Optional.empty() : Optional.of(repository.decode(itemAsItWas));
  }
}
