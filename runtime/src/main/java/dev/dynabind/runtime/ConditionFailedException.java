package dev.dynabind.runtime;

/**
 * The condition of a conditional write did not hold, so DynamoDB wrote nothing. The message names
 * the table (prefix included) and the item's key; never other item contents.
 */
public class ConditionFailedException extends DynabindException {
  private static final long serialVersionUID = 1L;

  private final String tableName;
  private final String key;

  /**
   * Creates the exception.
   *
   * @param tableName the table, prefix included
   * @param key the item's key as messages render it, such as {@code {id=S:a}}
   * @param cause the SDK's exception, or null
   */
  public ConditionFailedException(String tableName, String key, Throwable cause) {
    this("the condition of the write of " + key + " in table '" + tableName
        + "' did not hold; nothing was written", tableName, key, cause);
  }

  /**
   * Creates the exception with a message of a subclass's own.
   *
   * @param message the message; it must carry no item contents other than the key
   * @param tableName the table, prefix included
   * @param key the item's key as messages render it
   * @param cause the SDK's exception, or null
   */
  protected ConditionFailedException(String message, String tableName, String key,
      Throwable cause) {
    super(message, cause);
    this.tableName = tableName;
    this.key = key;
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
}
