package dev.dynabind.runtime;

import dev.dynabind.runtime.internal.op.TableReads;
import dev.dynabind.runtime.internal.config.Arguments;
import dev.dynabind.runtime.internal.table.ReadSpec;
import dev.dynabind.runtime.spi.ValueEncoder;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The queries of a secondary index without a sort key (a global index on one attribute),
 * reached through the method the processor generates on the repository for each index, such as
 * {@code orders.byCustomer()}. {@link SortedIndex} adds sort key conditions. Lock items are never
 * returned or counted. An item whose index key is absent (null) is not in the index: a query of
 * the index never returns it.
 *
 * @param <R> the record type
 * @param <P> the type of the index's partition key component
 */
public class SecondaryIndex<R, P> {
  final TableReads<R> reads;
  final Function<P, AttributeValue> partitionEncoder;

  SecondaryIndex(TableReads<R> reads, Function<P, AttributeValue> partitionEncoder) {
    this.reads = reads;
    this.partitionEncoder = partitionEncoder;
  }

  /**
   * The index name, or null for the table's own key.
   *
   * @return the name
   */
  public final String name() {
    return reads.target().indexName();
  }

  /**
   * The items with one partition key value, in index sort key order, read lazily page by page.
   *
   * @param partition the index partition key value
   * @return a lazy stream
   * @throws IllegalArgumentException when the value is null or empty
   */
  public final Stream<R> query(P partition) {
    return query(partition, QueryOptions.defaults());
  }

  /**
   * The items with one partition key value, with a filter, order, limit or consistency.
   *
   * @param partition the index partition key value
   * @param options how to read
   * @return a lazy stream
   * @throws IllegalArgumentException when the value is null or empty, or the options ask for a
   *     consistent read of a global index; nothing is sent
   */
  public final Stream<R> query(P partition, QueryOptions options) {
    return read(partition, null, null, options);
  }

  /**
   * One page of the items with one partition key value.
   *
   * @param partition the index partition key value
   * @param page which page and its size
   * @return the page
   * @throws IllegalArgumentException when the value is null or empty, or the cursor was altered
   *     or made for another read
   */
  public final Page<R> queryPage(P partition, PageRequest page) {
    return queryPage(partition, QueryOptions.defaults(), page);
  }

  /**
   * One page of the items with one partition key value, with a filter, order or consistency;
   * the options' limit does not apply to pages.
   *
   * @param partition the index partition key value
   * @param options filter, order, consistency; no {@link QueryOptions#limit(int) limit}, the
   *     page request sets the size
   * @param page which page and its size
   * @return the page
   * @throws IllegalArgumentException when the value is null or empty, the options have a limit,
   *     or the cursor was altered or made for another read (another table, index, partition, sort
   *     key condition, filter or order)
   */
  public final Page<R> queryPage(P partition, QueryOptions options, PageRequest page) {
    return page(partition, null, null, options, page);
  }

  /**
   * How many items have one partition key value, counted by DynamoDB ({@code Select.COUNT}); no
   * item is transferred.
   *
   * @param partition the index partition key value
   * @return the count
   * @throws IllegalArgumentException when the value is null or empty
   */
  public final long count(P partition) {
    return count(partition, null, null);
  }

  final <S> Stream<R> read(P partition, SortKey<S> condition, ValueEncoder<S> sortEncoder,
      QueryOptions options) {
    Arguments.required(options, "options");
    Stream<R> items = reads.items(reads.queryRequest(partitionEncoder.apply(partition), condition,
        sortEncoder, options.spec()), 0, 1, false);
    return options.limit() > 0 ? items.limit(options.limit()) : items;
  }

  final <S> Page<R> page(P partition, SortKey<S> condition, ValueEncoder<S> sortEncoder,
      QueryOptions options, PageRequest page) {
    Arguments.required(options, "options");
    Arguments.required(page, "page");
    if (options.limit() > 0) {
      // A limit across pages would have to travel in the cursor; one that silently did
      // nothing would surprise. The page request already says how many items a page has.
      throw new IllegalArgumentException("QueryOptions.limit(" + options.limit() + ") does not"
          + " apply to pages of " + reads.target().describe() + ": the PageRequest sets a page's"
          + " size (PageRequest.first(n)); remove the limit, or stop asking for pages");
    }
    return reads.page(reads.queryRequest(partitionEncoder.apply(partition), condition,
        sortEncoder, options.spec()), page);
  }

  final <S> long count(P partition, SortKey<S> condition, ValueEncoder<S> sortEncoder) {
    return reads.count(reads.queryRequest(partitionEncoder.apply(partition), condition,
        sortEncoder, ReadSpec.ALL.counting()));
  }

  static <S> SortKey<S> requiredCondition(SortKey<S> condition) {
    return Objects.requireNonNull(condition, "condition; leave it out for the whole partition");
  }
}
