package dev.dynabind.runtime;

/** The root of every exception Dynabind throws itself; all of them are unchecked. */
public class DynabindException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong; never item contents beyond keys
   */
  public DynabindException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message what went wrong; never item contents beyond keys
   * @param cause the underlying failure
   */
  public DynabindException(String message, Throwable cause) {
    super(message, cause);
  }
}
