package dev.dynabind.runtime;

/**
 * The base of generated repositories for {@code @LockedBy} records: the operations of
 * {@link Repository} plus optimistic locks kept in separate lock items.
 *
 * @param <R> the record type
 * @param <K> the key type
 */
public abstract class LockedRepository<R, K> extends Repository<R, K> {

  /**
   * Binds a codec of a locked table to a {@link Dynabind}.
   *
   * @param db the entry point
   * @param codec the generated codec; its metadata must carry a {@link LockSpec}
   */
  protected LockedRepository(Dynabind db, TableCodec<R, K> codec) {
    super(db, codec);
    if (codec.metadata().lock() == null) {
      throw new IllegalArgumentException("table '" + codec.metadata().tableName()
          + "' has no @LockedBy configuration");
    }
  }
}
