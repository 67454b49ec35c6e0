package dev.dynabind.runtime;

/** Strict mode is on and a repository operation ran outside a batch context. */
public class BatchContextRequiredException extends DynabindException {
  private static final long serialVersionUID = 1L;

  /** The message of every instance. */
  public static final String MESSAGE = "Batch operations must be executed within BatchContext.run(). "
      + "Wrap your database operations in BatchContext.run() to enable batching and caching.";

  /** Creates the exception with the fixed message. */
  public BatchContextRequiredException() {
    super(MESSAGE);
  }
}
