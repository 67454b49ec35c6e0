package dev.dynabind.runtime;

import java.util.Map;
import java.util.OptionalLong;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A write of a {@code @Version} table found another version stored than the one the caller read,
 * so DynamoDB wrote nothing: another writer saved the item in between, or it was created or deleted
 * meanwhile. Read the item again, apply the change to what is stored, and save that.
 *
 * <p>The message names the table (prefix included), the key, the version the write expected and
 * the version stored, such as {@code version conflict on {id=S:a} in table 'dev_users': the write
 * expected version 3, but version 4 is stored; nothing was written}. Like every
 * {@link ConditionFailedException} of a repository's write, it keeps the item as it was, outside
 * its message: {@code e.item(users)} is the stored item the write did not replace (empty when
 * none was stored), so a retry can start from it without reading again.
 */
public final class VersionConflictException extends ConditionFailedException {
  private static final long serialVersionUID = 1L;

  private final Long expectedVersion;
  private final Long storedVersion;
  private final boolean storedKnown;

  /**
   * Creates the exception.
   *
   * @param tableName the table, prefix included
   * @param key the item's key as messages render it
   * @param expectedVersion the version the write expected, or null when it expected none stored
   * @param storedVersion the version stored, or null when there is no item or it has no version
   * @param storedKnown whether DynamoDB reported the stored item at all; when false,
   *     {@code storedVersion} means nothing
   */
  public VersionConflictException(String tableName, String key, Long expectedVersion,
      Long storedVersion, boolean storedKnown) {
    this(tableName, key, expectedVersion, storedVersion, storedKnown, null);
  }

  /**
   * Creates the exception with the item as it was; made by the runtime when a version check
   * fails, from the stored item DynamoDB returned (ReturnValuesOnConditionCheckFailure
   * {@code ALL_OLD}). {@link #item(Repository)} decodes it.
   *
   * @param tableName the table, prefix included
   * @param key the item's key as messages render it
   * @param expectedVersion the version the write expected, or null when it expected none stored
   * @param storedVersion the version stored, or null when there is no item or it has no version
   * @param storedKnown whether DynamoDB reported the stored item at all; when false,
   *     {@code storedVersion} means nothing
   * @param itemAsItWas the stored item as DynamoDB returned it, or null when there was none
   */
  public VersionConflictException(String tableName, String key, Long expectedVersion,
      Long storedVersion, boolean storedKnown, Map<String, AttributeValue> itemAsItWas) {
    super(message(tableName, key, expectedVersion, storedVersion, storedKnown), tableName, key,
        itemAsItWas, null);
    this.expectedVersion = expectedVersion;
    this.storedVersion = storedVersion;
    this.storedKnown = storedKnown;
  }

  private static String message(String tableName, String key, Long expected, Long stored,
      boolean storedKnown) {
    String expectation = expected == null
        ? "expected no stored version (a new item: version null or 0)"
        : "expected version " + expected;
    String found;
    if (!storedKnown) {
      found = "another version is stored";
    } else if (stored != null) {
      found = "version " + stored + " is stored";
    } else {
      found = "no item with a version is stored";
    }
    return "version conflict on " + key + " in table '" + tableName + "': the write "
        + expectation + ", but " + found + "; nothing was written";
  }

  /**
   * The version the write expected to find stored.
   *
   * @return the version, or empty when the write expected none stored (a new item)
   */
  public OptionalLong expectedVersion() {
    return expectedVersion == null ? OptionalLong.empty() : OptionalLong.of(expectedVersion);
  }

  /**
   * The version stored when the write failed, as DynamoDB reported it.
   *
   * @return the version, or empty when no item with a version was stored, or DynamoDB did not
   *     report the stored item
   */
  public OptionalLong storedVersion() {
    return storedVersion == null ? OptionalLong.empty() : OptionalLong.of(storedVersion);
  }

  /**
   * Whether DynamoDB reported the stored item, so that an empty {@link #storedVersion()} means
   * there was no item (or no version) rather than "unknown".
   *
   * @return true when the stored side is known
   */
  public boolean storedVersionKnown() {
    return storedKnown;
  }
}
