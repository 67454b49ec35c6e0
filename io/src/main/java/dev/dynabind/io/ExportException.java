package dev.dynabind.io;

import dev.dynabind.runtime.DynabindException;

/**
 * An export stopped before the end: a request failed after the client's retries, the output
 * failed, the progress listener threw, or the thread was interrupted (its flag is set again).
 * The cause says which. {@link #checkpoint()} describes exactly what was written to the output.
 */
public final class ExportException extends DynabindException {
  private static final long serialVersionUID = 1L;

  private final transient ExportCheckpoint checkpoint;

  ExportException(String message, ExportCheckpoint checkpoint, Throwable cause) {
    super(message, cause);
    this.checkpoint = checkpoint;
  }

  /**
   * What was written before the export stopped; resume from it, appending to the same output.
   *
   * @return the last checkpoint
   */
  public ExportCheckpoint checkpoint() {
    return checkpoint;
  }
}
