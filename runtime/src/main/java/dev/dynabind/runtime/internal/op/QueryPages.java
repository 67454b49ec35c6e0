package dev.dynabind.runtime.internal.op;

import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * The items of a Query as a lazy stream: each page is one {@link QueryPageOperation} run through
 * the pipeline (so each page is retried and translated on its own), fetched only when the stream
 * has consumed the previous one.
 */
public final class QueryPages {
  private QueryPages() {}

  /**
   * The stored items of every page, fetched lazily.
   *
   * @param pipeline runs each page
   * @param query the query
   * @return a sequential, lazy stream; nothing is sent before its terminal operation
   */
  public static Stream<Map<String, AttributeValue>> items(Pipeline pipeline, QueryRequest query) {
    Iterator<Map<String, AttributeValue>> pages = new Iterator<>() {
      private Iterator<Map<String, AttributeValue>> page = Collections.emptyIterator();
      private Map<String, AttributeValue> lastKey;
      private boolean started;

      @Override
      public boolean hasNext() {
        // A page may be empty yet not the last (a filtered or size-limited page), so keep going.
        while (!page.hasNext() && (!started || lastKey != null)) {
          QueryPageOperation.Page next = pipeline.run(new QueryPageOperation(query, lastKey));
          started = true;
          lastKey = next.lastKey();
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
}
