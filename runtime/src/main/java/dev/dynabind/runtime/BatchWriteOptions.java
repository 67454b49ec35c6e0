package dev.dynabind.runtime;

/**
 * Options of a batch write ({@code batchSave}, {@code batchWrite}, {@link Dynabind#batchWrite}).
 * Immutable.
 *
 * <p>BatchWriteItem takes no conditions, so a batch put cannot check a {@code @Version}: it could
 * overwrite a newer item that another writer saved after this one read its version. Batch puts to
 * a versioned table are therefore refused with an {@link IllegalArgumentException}, nothing sent,
 * unless the call opts out with {@link #skipVersionCheck()}:
 *
 * <pre>{@code
 * users.batchSave(imported, BatchWriteOptions.skipVersionCheck());
 * }</pre>
 *
 * Then each item stores its version plus one (1 for a new item), as {@code save} would, without
 * checking the stored one: the last write wins. Deletes are never version-checked.
 */
public final class BatchWriteOptions {
  private static final BatchWriteOptions DEFAULTS = new BatchWriteOptions(false);
  private static final BatchWriteOptions SKIP_VERSION_CHECK = new BatchWriteOptions(true);

  private final boolean skipVersionCheck;

  private BatchWriteOptions(boolean skipVersionCheck) {
    this.skipVersionCheck = skipVersionCheck;
  }

  /**
   * The defaults: batch puts to a {@code @Version} table are refused.
   *
   * @return the options
   */
  public static BatchWriteOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Puts items of {@code @Version} tables without checking the stored version; see the class
   * description.
   *
   * @return the options
   */
  public static BatchWriteOptions skipVersionCheck() {
    return SKIP_VERSION_CHECK;
  }

  /**
   * Whether batch puts to a {@code @Version} table are allowed, unchecked.
   *
   * @return true after {@link #skipVersionCheck()}
   */
  public boolean skipsVersionCheck() {
    return skipVersionCheck;
  }

  @Override
  public String toString() {
    return "BatchWriteOptions[skipVersionCheck=" + skipVersionCheck + "]";
  }
}
