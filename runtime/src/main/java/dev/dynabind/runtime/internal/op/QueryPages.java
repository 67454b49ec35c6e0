package dev.dynabind.runtime.internal.op;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * The paged reads (Query and Scan): a lazy stream of items, a count, or one page of exactly n
 * items. Each DynamoDB page is one {@link PageOperation} run through the pipeline, so each page
 * is retried and translated on its own.
 */
public final class QueryPages {
  /** The most items one request of a page fill evaluates, however sparse the filter. */
  static final int MAX_FILL_LIMIT = 1000;

  private QueryPages() {}

  /**
   * The stored items of every page of a Query, fetched lazily.
   *
   * @param pipeline runs each page
   * @param query the query
   * @return a sequential, lazy stream; nothing is sent before its terminal operation
   */
  public static Stream<Map<String, AttributeValue>> items(Pipeline pipeline, QueryRequest query) {
    return items(pipeline, new QueryPageOperation(query, null), page -> {});
  }

  /**
   * The stored items of every page of a read, fetched lazily: a page is sent only when the
   * stream has consumed the previous one.
   *
   * @param pipeline runs each page
   * @param first the first page's operation; later pages start after the previous last key
   * @param onPage told of each page as it arrives, before its items are returned
   * @return a sequential, lazy stream; nothing is sent before its terminal operation
   */
  public static Stream<Map<String, AttributeValue>> items(Pipeline pipeline,
      PageOperation<?, ?> first, Consumer<ReadPage> onPage) {
    Iterator<Map<String, AttributeValue>> pages = new Iterator<>() {
      private Iterator<Map<String, AttributeValue>> page = Collections.emptyIterator();
      private Map<String, AttributeValue> lastKey;
      private boolean started;

      @Override
      public boolean hasNext() {
        // A page may be empty yet not the last (a filtered or size-limited page), so keep going.
        while (!page.hasNext() && (!started || lastKey != null)) {
          ReadPage next = pipeline.run(first.after(lastKey));
          started = true;
          lastKey = next.lastKey();
          onPage.accept(next);
          page = next.items().iterator();
        }
        return page.hasNext();
      }

      @Override
      public Map<String, AttributeValue> next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return page.next();
      }
    };
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /**
   * Counts the items of a {@code Select.COUNT} read, page by page; no item is transferred.
   *
   * @param pipeline runs each page
   * @param first the first page's operation, a count
   * @return the sum of every page's count
   */
  public static long count(Pipeline pipeline, PageOperation<?, ?> first) {
    long total = 0;
    Map<String, AttributeValue> lastKey = null;
    do {
      ReadPage page = pipeline.run(first.after(lastKey));
      total += page.count();
      lastKey = page.lastKey();
    } while (lastKey != null);
    return total;
  }

  /**
   * One page of exactly {@code size} items when that many remain, however many DynamoDB pages
   * the filter or the 1 MB limit cut it into. Each request asks for one item more than still
   * needed (DynamoDB's limit counts items before the filter), so a page that ends exactly at the
   * end of the read is known to be the last; a request that came back short of matches asks for
   * twice as many next time, up to {@value #MAX_FILL_LIMIT}.
   *
   * @param pipeline runs each request
   * @param first the read, without a start key
   * @param startKey where the page starts (exclusive), or null at the beginning
   * @param size the page size
   * @param keep which stored items count (not lock items)
   * @param keyOf the start key of the page after an item (table and index keys)
   * @return the items and the key after the last one, or a null key when nothing remains
   */
  public static Filled fill(Pipeline pipeline, PageOperation<?, ?> first,
      Map<String, AttributeValue> startKey, int size, Predicate<Map<String, AttributeValue>> keep,
      Function<Map<String, AttributeValue>, Map<String, AttributeValue>> keyOf) {
    List<Map<String, AttributeValue>> items = new ArrayList<>(size + 1);
    Map<String, AttributeValue> next = startKey;
    int limit = size + 1;
    while (true) {
      ReadPage page = pipeline.run(first.at(next, limit));
      for (Map<String, AttributeValue> item : page.items()) {
        if (keep.test(item)) {
          items.add(item);
          if (items.size() > size) {
            List<Map<String, AttributeValue>> full = items.subList(0, size);
            return new Filled(List.copyOf(full), keyOf.apply(full.get(size - 1)));
          }
        }
      }
      next = page.lastKey();
      if (next == null) {
        return new Filled(List.copyOf(items), null);
      }
      limit = Math.max(size + 1 - items.size(), Math.min(limit * 2, MAX_FILL_LIMIT));
    }
  }

  /**
   * A filled page.
   *
   * @param items the stored items, at most the page size
   * @param nextStartKey the start key of the next page, or null when nothing remains
   */
  public record Filled(List<Map<String, AttributeValue>> items,
      Map<String, AttributeValue> nextStartKey) {}
}
