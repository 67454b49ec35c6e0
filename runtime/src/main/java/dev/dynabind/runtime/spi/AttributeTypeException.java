package dev.dynabind.runtime.spi;

/**
 * Thrown by {@link Decoders} when an attribute cannot become the component's type. Generated
 * codecs catch it and rethrow it as an {@code ItemDecodeException} with the table and key, which
 * only the codec knows; a repository reading the item then names the table with its prefix.
 */
public final class AttributeTypeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final String detail;

  /**
   * Creates the exception.
   *
   * @param path the attribute path
   * @param detail what was found and what was expected
   * @param cause the parse failure, if any
   */
  public AttributeTypeException(String path, String detail, Throwable cause) {
    super(path + ": " + detail, cause, false, false);
    this.path = path;
    this.detail = detail;
  }

  /**
   * The attribute path, such as {@code address.zip} or {@code tags[2]}.
   *
   * @return the path
   */
  public String path() {
    return path;
  }

  /**
   * What was found and what was expected.
   *
   * @return the detail
   */
  public String detail() {
    return detail;
  }

  /**
   * This failure seen from a container: the same detail and cause at {@code parent} followed by
   * this exception's path ({@code [i]} joins directly, a name after a dot). Containers decode
   * their parts at relative paths and call this only when a part fails, so the common path
   * builds no strings.
   *
   * @param parent the container's path; empty when the container is itself relative
   * @return an exception at the joined path, or this one when {@code parent} is empty
   */
  public AttributeTypeException within(String parent) {
    if (parent.isEmpty()) {
      return this;
    }
    String joined = path.isEmpty() ? parent
        : path.startsWith("[") ? parent + path : parent + "." + path;
    return new AttributeTypeException(joined, detail, getCause());
  }
}
