package dev.dynabind.io;

/**
 * A record of an import file that does not fit: which attribute, and why. Thrown while reading
 * one record and turned into an {@link ImportProblem} with its record and line numbers. Its
 * message never quotes the value.
 */
final class LineException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String attribute;

  LineException(String attribute, String message) {
    super(message, null, false, false);
    this.attribute = attribute;
  }

  /** The attribute path, such as {@code address.city} or {@code tags[2]}; empty for the record. */
  String attribute() {
    return attribute;
  }
}
