package dev.dynabind.runtime.internal.batch;

import dev.dynabind.runtime.internal.table.ItemId;
import java.util.Objects;

/**
 * One single-item request of a call that sends many in parallel ({@code updateAll}): the item it
 * touches, the caller's tag, and what sends it. {@code send} goes through the operation pipeline,
 * which retries throttling and reports every attempt; the batch engine only bounds how many run
 * at once and collects what failed.
 *
 * @param id the table and key
 * @param tag what to report when it was not applied (the caller's key)
 * @param send sends the request; throws when it was not applied
 */
public record ItemCall(ItemId id, Object tag, Runnable send) implements BatchOp {
  /** Checks the parts. */
  public ItemCall {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(send, "send");
  }

  /**
   * What {@link Outcome#notApplied()} holds for a call that was sent and failed, in place of its
   * tag; a call that was never sent is listed by its tag alone.
   *
   * @param tag the call's tag
   * @param error why it failed: its condition, or an error the retries did not cure
   */
  public record Failed(Object tag, RuntimeException error) {}
}
