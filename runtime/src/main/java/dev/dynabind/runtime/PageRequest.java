package dev.dynabind.runtime;

import java.util.Optional;

/**
 * Which page to read: the first, or the one after a cursor, and how many items it holds.
 *
 * <pre>{@code
 * Page<Order> page = orders.queryPage("c-1", PageRequest.first(25));
 * Page<Order> next = orders.queryPage("c-1", PageRequest.after(page.cursor(), 25));
 * }</pre>
 */
public final class PageRequest {
  /** The largest page; a bigger page is better read as a stream. */
  public static final int MAX_SIZE = 1000;

  private final String cursor;
  private final int size;

  private PageRequest(String cursor, int size) {
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("page size must be 1 to " + MAX_SIZE + ", got " + size);
    }
    this.cursor = cursor;
    this.size = size;
  }

  /**
   * The first page.
   *
   * @param size how many items, 1 to {@value #MAX_SIZE}
   * @return the request
   * @throws IllegalArgumentException when the size is out of range
   */
  public static PageRequest first(int size) {
    return new PageRequest(null, size);
  }

  /**
   * The page after the one a cursor ended; the cursor is checked when the page is read.
   *
   * @param cursor {@link Page#cursor()} of the previous page of the same read
   * @param size how many items, 1 to {@value #MAX_SIZE}
   * @return the request
   * @throws IllegalArgumentException when the cursor is null or empty (the previous page was the
   *     last: see {@link Page#hasMore()}), or the size is out of range
   */
  public static PageRequest after(String cursor, int size) {
    if (cursor == null || cursor.isEmpty()) {
      throw new IllegalArgumentException("cursor is " + (cursor == null ? "null" : "empty")
          + ": the previous page was the last (Page.hasMore() is false); use PageRequest.first"
          + " to start again");
    }
    return new PageRequest(cursor, size);
  }

  /**
   * The cursor this page continues from; empty for the first page.
   *
   * @return the cursor
   */
  public Optional<String> cursor() {
    return Optional.ofNullable(cursor);
  }

  /**
   * How many items the page holds when that many remain.
   *
   * @return the size
   */
  public int size() {
    return size;
  }

  @Override
  public String toString() {
    return "PageRequest[" + (cursor == null ? "first" : "after cursor") + ", size=" + size + "]";
  }
}
