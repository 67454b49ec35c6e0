package dev.dynabind.runtime.internal.config;

/**
 * The one rule for a missing argument of a data operation: an {@link IllegalArgumentException}
 * naming the argument, before anything is sent, the same whether the operation takes one item or
 * many. (Builders of configuration throw {@link NullPointerException}, as the JDK's do.)
 */
public final class Arguments {
  private Arguments() {}

  /**
   * Returns the argument, or throws when it is null.
   *
   * @param value the argument
   * @param name its name, as the caller knows it
   * @param <T> its type
   * @return the argument
   * @throws IllegalArgumentException when it is null
   */
  public static <T> T required(T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return value;
  }
}
