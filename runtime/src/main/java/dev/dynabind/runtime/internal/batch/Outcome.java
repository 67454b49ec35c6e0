package dev.dynabind.runtime.internal.batch;

import java.util.List;

/**
 * How a batch call (or one chunk of it) ended: the tags of the operations not applied, in call
 * order, and why. Empty {@code notApplied} means everything was applied.
 *
 * @param notApplied tags of writes not applied or keys not read; after an {@code unexpected}
 *     failure, also those whose request may or may not have been applied
 * @param cause the last error when one ended the retries (or the executor's rejection of a
 *     chunk), else null
 * @param interrupted whether the call was stopped by an interrupt of its caller
 * @param attempts the most attempts any chunk made
 * @param unexpected what a stream source or element threw, what the listener threw, or a bug: a
 *     {@link RuntimeException} or an {@link Error} that stopped the call and that the caller must
 *     see as itself; later ones are suppressed in it; else null
 */
public record Outcome(List<Object> notApplied, Throwable cause, boolean interrupted, int attempts,
    Throwable unexpected) {
  /** Copies the list. */
  public Outcome {
    notApplied = List.copyOf(notApplied);
  }

  /**
   * Whether everything was applied.
   *
   * @return true when nothing is left
   */
  public boolean complete() {
    return notApplied.isEmpty();
  }
}
