package dev.dynabind.runtime.internal.lifecycle;

import dev.dynabind.runtime.spi.WriteStamp;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The stamp of one write: the instant read once from the clock, and the entry point's id
 * generator.
 *
 * @param now the instant of the write
 * @param ids the generator of {@code @GeneratedId} values
 */
public record Stamp(Instant now, UuidV7Generator ids) implements WriteStamp {
  /** Checks both are present. */
  public Stamp {
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(ids, "ids");
  }

  @Override
  public UUID newUuid() {
    return ids.next();
  }
}
