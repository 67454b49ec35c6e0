package dev.dynabind.runtime;

import java.util.List;

/**
 * One page of a query or scan: exactly the requested number of items when that many remain,
 * however DynamoDB's own pages were cut by filters or its 1 MB limit, and a cursor to the next
 * page unless this is the last.
 *
 * @param items the items, in read order; unmodifiable
 * @param cursor an opaque URL-safe string for {@link PageRequest#after}, or null when this page is
 *     the last
 * @param <R> the record type
 */
public record Page<R>(List<R> items, String cursor) {
  /**
   * Copies the items.
   *
   * @param items the items
   * @param cursor the cursor, or null for the last page
   */
  public Page {
    items = List.copyOf(items);
  }

  /**
   * Whether more items may follow: a cursor is present. A page whose read ended exactly at its
   * last item has none, since every page reads one item ahead to know.
   *
   * @return true unless this is the last page
   */
  public boolean hasMore() {
    return cursor != null;
  }
}
