package dev.dynabind.runtime;

/** What the processor would generate for {@link Line}. */
public final class LineRepository extends Repository<Line, Line.Key> {
  /**
   * Binds the table.
   *
   * @param db the entry point
   */
  public LineRepository(Dynabind db) {
    super(db, LineCodec.INSTANCE);
  }
}
