package dev.dynabind.runtime;

/**
 * Options of a batch write ({@code batchSave}, {@code batchWrite}, {@link Dynabind#batchWrite}).
 * Immutable.
 *
 * <p>BatchWriteItem takes no conditions, so a batch put cannot check a {@code @Version}: it could
 * overwrite a newer item that another writer saved after this one read its version. Batch puts to
 * a versioned table are therefore refused with an {@link IllegalArgumentException}, nothing sent,
 * unless the call opts out with {@link #skipVersionCheck()} or {@link #restore()}:
 *
 * <pre>{@code
 * users.batchSave(imported, BatchWriteOptions.skipVersionCheck());
 * users.batchSave(backup, BatchWriteOptions.restore());
 * }</pre>
 *
 * With {@link #skipVersionCheck()} each item is stamped as {@code save} stamps it (a null
 * {@code @GeneratedId} or {@code @CreatedAt} filled in, {@code @UpdatedAt} set) and stores its
 * version plus one (1 for a new item), without checking the stored one: the last write wins. With
 * {@link #restore()} each item is stored exactly as given, the way a restore of a backup needs
 * it: nothing is filled in or advanced, and nothing is checked. Deletes are never version-checked.
 */
public final class BatchWriteOptions {
  /** What a batch put does with the lifecycle of its items. */
  private enum Mode { CHECKED, UNCHECKED, RESTORE }

  private static final BatchWriteOptions DEFAULTS = new BatchWriteOptions(Mode.CHECKED);
  private static final BatchWriteOptions SKIP_VERSION_CHECK =
      new BatchWriteOptions(Mode.UNCHECKED);
  private static final BatchWriteOptions RESTORE = new BatchWriteOptions(Mode.RESTORE);

  private final Mode mode;

  private BatchWriteOptions(Mode mode) {
    this.mode = mode;
  }

  /**
   * The defaults: items are stamped as {@code save} stamps them, and batch puts to a
   * {@code @Version} table are refused.
   *
   * @return the options
   */
  public static BatchWriteOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Puts items of {@code @Version} tables without checking the stored version, stamped and with
   * their version advanced; see the class description.
   *
   * @return the options
   */
  public static BatchWriteOptions skipVersionCheck() {
    return SKIP_VERSION_CHECK;
  }

  /**
   * Puts items exactly as given, as a restore of a backup or an export needs: no
   * {@code @GeneratedId}, {@code @CreatedAt} or {@code @UpdatedAt} is filled in, no
   * {@code @Version} advanced or checked (also on a {@code @Version} table, whose items keep the
   * versions they carry, so a reader of the backup's versions can go on saving). An item whose
   * key is a null {@code @GeneratedId} is refused as any null key is. The last write wins.
   *
   * @return the options
   */
  public static BatchWriteOptions restore() {
    return RESTORE;
  }

  /**
   * Whether batch puts to a {@code @Version} table are allowed, unchecked.
   *
   * @return true after {@link #skipVersionCheck()} or {@link #restore()}
   */
  public boolean skipsVersionCheck() {
    return mode != Mode.CHECKED;
  }

  /**
   * Whether items are stored exactly as given, without being stamped.
   *
   * @return true after {@link #restore()}
   */
  public boolean restores() {
    return mode == Mode.RESTORE;
  }

  @Override
  public String toString() {
    return "BatchWriteOptions[skipVersionCheck=" + skipsVersionCheck() + ", restore="
        + restores() + "]";
  }
}
