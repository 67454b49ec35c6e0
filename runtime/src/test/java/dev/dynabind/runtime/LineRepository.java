package dev.dynabind.runtime;

import dev.dynabind.runtime.spi.Encoders;
import java.util.stream.Stream;

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

  /**
   * The lines of one order, as a generated {@code query} reads them.
   *
   * @param order the partition key
   * @return the lines
   */
  public Stream<Line> query(String order) {
    return this.<Integer>queryPartition(Encoders.string(order), null, Encoders::number);
  }
}
