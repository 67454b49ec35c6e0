package dev.dynabind.runtime;

import dev.dynabind.runtime.internal.op.TableReads;
import dev.dynabind.runtime.spi.ValueEncoder;
import java.util.function.Function;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The queries of an index with a sort key (a global index with {@code @Index(value = ..., sort =
 * true)}, or a local index), adding sort key conditions to {@link SecondaryIndex}:
 *
 * <pre>{@code
 * Stream<Order> pending = orders.byStatus().query(Status.PENDING, SortKey.ge(since));
 * }</pre>
 *
 * @param <R> the record type
 * @param <P> the type of the index's partition key component
 * @param <S> the type of the index's sort key component
 */
public final class SortedIndex<R, P, S> extends SecondaryIndex<R, P> {
  private final ValueEncoder<S> sortEncoder;

  SortedIndex(TableReads<R> reads, Function<P, AttributeValue> partitionEncoder,
      ValueEncoder<S> sortEncoder) {
    super(reads, partitionEncoder);
    this.sortEncoder = sortEncoder;
  }

  /**
   * The items with one partition key value whose index sort key meets a condition, in sort key
   * order, read lazily page by page.
   *
   * @param partition the index partition key value
   * @param condition the sort key condition
   * @return a lazy stream
   * @throws IllegalArgumentException when the value is null or empty, or the condition is
   *     {@code beginsWith} on a number sort key
   */
  public Stream<R> query(P partition, SortKey<S> condition) {
    return query(partition, condition, QueryOptions.defaults());
  }

  /**
   * The items with one partition key value whose index sort key meets a condition, with a
   * filter, order, limit or consistency.
   *
   * @param partition the index partition key value
   * @param condition the sort key condition
   * @param options how to read
   * @return a lazy stream
   * @throws IllegalArgumentException when the value is null or empty, or the options ask for a
   *     consistent read of a global index; nothing is sent
   */
  public Stream<R> query(P partition, SortKey<S> condition, QueryOptions options) {
    return read(partition, requiredCondition(condition), sortEncoder, options);
  }

  /**
   * One page of the items with one partition key value whose sort key meets a condition.
   *
   * @param partition the index partition key value
   * @param condition the sort key condition
   * @param page which page and its size
   * @return the page
   * @throws IllegalArgumentException when the value is null or empty, or the cursor was altered
   *     or made for another read
   */
  public Page<R> queryPage(P partition, SortKey<S> condition, PageRequest page) {
    return queryPage(partition, condition, QueryOptions.defaults(), page);
  }

  /**
   * One page of the items with one partition key value whose sort key meets a condition, with a
   * filter, order or consistency; the options' limit does not apply to pages.
   *
   * @param partition the index partition key value
   * @param condition the sort key condition
   * @param options filter, order, consistency; no {@link QueryOptions#limit(int) limit}, the
   *     page request sets the size
   * @param page which page and its size
   * @return the page
   * @throws IllegalArgumentException when the value is null or empty, the options have a limit,
   *     or the cursor was altered or made for another read (another table, index, partition, sort
   *     key condition, filter or order)
   */
  public Page<R> queryPage(P partition, SortKey<S> condition, QueryOptions options,
      PageRequest page) {
    return page(partition, requiredCondition(condition), sortEncoder, options, page);
  }

  /**
   * How many items with one partition key value have a sort key meeting a condition, counted by
   * DynamoDB; no item is transferred.
   *
   * @param partition the index partition key value
   * @param condition the sort key condition
   * @return the count
   * @throws IllegalArgumentException when the value is null or empty
   */
  public long count(P partition, SortKey<S> condition) {
    return count(partition, requiredCondition(condition), sortEncoder);
  }
}
