package dev.dynabind.runtime;

/** What the processor would generate for {@link Line}. */
final class LineRepository extends Repository<Line, Line.Key> {
  LineRepository(Dynabind db) {
    super(db, LineCodec.INSTANCE);
  }
}
