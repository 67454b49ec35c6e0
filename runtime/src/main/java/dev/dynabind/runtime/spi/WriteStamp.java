package dev.dynabind.runtime.spi;

import java.time.Instant;
import java.util.UUID;

/**
 * What one write hands to {@link TableCodec#beforeWrite}: the instant of the write, read once from
 * the {@code Dynabind} clock, and the generator of {@code @GeneratedId} values. Every item of one
 * write (one {@code save}, one batch call) gets the same instant. Implementations are made by the
 * runtime; generated code only calls them.
 */
public interface WriteStamp {
  /**
   * The instant of this write, for {@code @CreatedAt} and {@code @UpdatedAt}.
   *
   * @return the same instant on every call
   */
  Instant now();

  /**
   * A new UUID version 7, greater than every id this {@code Dynabind} generated before.
   *
   * @return the id
   */
  UUID newUuid();

  /**
   * A new id for a {@code String} component: {@link #newUuid()} in its canonical text form.
   *
   * @return 36 lowercase characters, in the same order as the UUIDs
   */
  default String newId() {
    return newUuid().toString();
  }

  /**
   * The version a {@code long} {@code @Version} component stores after a write of {@code read}.
   *
   * @param read the version the caller read; 0 for a new item
   * @return {@code read + 1}
   * @throws ArithmeticException when the version would overflow
   */
  static long nextVersion(long read) {
    return Math.addExact(read, 1L);
  }

  /**
   * The version a {@code Long} {@code @Version} component stores after a write of {@code read}.
   *
   * @param read the version the caller read; null or 0 for a new item
   * @return 1 for null, else {@code read + 1}
   * @throws ArithmeticException when the version would overflow
   */
  static Long nextVersion(Long read) {
    return read == null ? 1L : nextVersion(read.longValue());
  }

  /**
   * The version an {@code int} {@code @Version} component stores after a write of {@code read}.
   *
   * @param read the version the caller read; 0 for a new item
   * @return {@code read + 1}
   * @throws ArithmeticException when the version would overflow
   */
  static int nextVersion(int read) {
    return Math.addExact(read, 1);
  }

  /**
   * The version an {@code Integer} {@code @Version} component stores after a write of
   * {@code read}.
   *
   * @param read the version the caller read; null or 0 for a new item
   * @return 1 for null, else {@code read + 1}
   * @throws ArithmeticException when the version would overflow
   */
  static Integer nextVersion(Integer read) {
    return read == null ? 1 : nextVersion(read.intValue());
  }
}
