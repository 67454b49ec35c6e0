package dev.dynabind.io;

import dev.dynabind.runtime.DynabindException;

/**
 * An import stopped: the file is unreadable as its format, does not match the table (a CSV
 * column the record does not have), or a record did not fit and the import was told to stop
 * ({@link TableImport#stopOnBadRecord(boolean)}). {@link #result()} says what was done before:
 * every record before its checkpoint was written or reported, so the import can be resumed from
 * it. The message names the table, the record and line numbers and the attribute, never values.
 */
public final class ImportException extends DynabindException {
  private static final long serialVersionUID = 1L;

  private final transient ImportResult result;

  ImportException(String message, ImportResult result) {
    super(message);
    this.result = result;
  }

  ImportException(String message, ImportResult result, Throwable cause) {
    super(message, cause);
    this.result = result;
  }

  /**
   * What the import did before it stopped.
   *
   * @return the result, whose checkpoint resumes the import; null when the file could not be
   *     opened at all
   */
  public ImportResult result() {
    return result;
  }
}
