package dev.dynabind.runtime;

import dev.dynabind.runtime.internal.config.Arguments;
import java.util.Objects;

/**
 * One write of a mixed stream for {@link Repository#batchWrite(java.util.stream.Stream)}: a put
 * of a whole item or a delete by key. Immutable.
 *
 * <pre>{@code
 * users.batchWrite(events.stream().map(e -> e.deleted()
 *     ? Write.<User, String>delete(e.userId())
 *     : Write.put(e.user())));
 * }</pre>
 *
 * @param <R> the record type
 * @param <K> the key type
 */
public final class Write<R, K> {
  private final R item;
  private final K key;

  private Write(R item, K key) {
    this.item = item;
    this.key = key;
  }

  /**
   * A put of a whole item, replacing any stored item with its key.
   *
   * @param item the item
   * @param <R> the record type
   * @param <K> the key type
   * @return the write
   * @throws IllegalArgumentException when the item is null
   */
  public static <R, K> Write<R, K> put(R item) {
    return new Write<>(Arguments.required(item, "item"), null);
  }

  /**
   * A delete by key; deleting an absent item is not an error.
   *
   * @param key the key
   * @param <R> the record type
   * @param <K> the key type
   * @return the write
   * @throws IllegalArgumentException when the key is null
   */
  public static <R, K> Write<R, K> delete(K key) {
    return new Write<>(null, Arguments.required(key, "key"));
  }

  /**
   * Whether this is a put; otherwise it is a delete.
   *
   * @return true for a put
   */
  public boolean isPut() {
    return item != null;
  }

  /**
   * The item of a put.
   *
   * @return the item
   * @throws IllegalStateException when this is a delete
   */
  public R item() {
    if (item == null) {
      throw new IllegalStateException("a delete has no item");
    }
    return item;
  }

  /**
   * The key of a delete (the key of a put is its item's, which the repository's codec knows).
   *
   * @return the key
   * @throws IllegalStateException when this is a put
   */
  public K key() {
    if (key == null) {
      throw new IllegalStateException("a put has no key of its own; its item's key is used");
    }
    return key;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Write<?, ?> w && Objects.equals(item, w.item)
        && Objects.equals(key, w.key);
  }

  @Override
  public int hashCode() {
    return Objects.hash(item, key);
  }

  /** Names the kind and, for a delete, the key; never the contents of a put's item. */
  @Override
  public String toString() {
    return item != null
        ? "Write.put(" + item.getClass().getSimpleName() + ")"
        : "Write.delete(" + key + ")";
  }
}
