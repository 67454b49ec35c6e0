package dev.dynabind.runtime.internal.batch;

import dev.dynabind.runtime.StreamReadOptions;
import dev.dynabind.runtime.internal.table.ItemId;
import dev.dynabind.runtime.internal.table.RecordKeys;
import dev.dynabind.runtime.internal.table.TableBinding;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The typed side of a streamed batch read: validates each key as it is pulled (naming it), decodes
 * through the table's binding (so a failure names the prefixed table), never hands out lock
 * items, and turns what was not read into the exception the stream ends with.
 */
public final class StreamGet {
  private StreamGet() {}

  /**
   * Opens the stream. The caller has checked the arguments and strict mode; like the write
   * streams, a stream read bypasses a batch context's cache, since it is not held.
   *
   * @param runner runs the reads
   * @param table the table as the call names it
   * @param keys the table's keys
   * @param source the keys, pulled as the result is consumed
   * @param options read options, order and the wait of a partial request
   * @param <R> the record type
   * @param <K> the key type
   * @return the lazy stream of the items found
   */
  public static <R, K> Stream<R> open(BatchRunner runner, TableBinding<R, K> table,
      RecordKeys<R, K> keys, Stream<K> source, StreamReadOptions options) {
    ReadOp.TableRead read = BatchReads.tableRead(table.codec().metadata(), options.read());
    int[] element = {0};
    StreamReader<K> reader = new StreamReader<>(runner.settings(),
        source.iterator(), key -> {
          Map<String, AttributeValue> encoded =
              BatchElements.encodeKey(table, keys, key, element[0]++);
          return new ReadOp(new ItemId(table.name(), encoded), read, Pending.read(table, key));
        },
        (id, item) -> DecodedItem.of(table, keys, item),
        !options.unordered(), options.maxBatchWait().orElse(null));
    int characteristics = Spliterator.NONNULL | (options.unordered() ? 0 : Spliterator.ORDERED);
    Spliterator<R> items = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
        characteristics) {
      private boolean ended;

      @Override
      public boolean tryAdvance(Consumer<? super R> action) {
        while (!ended) {
          Object value = reader.next();
          if (value == StreamReader.END) {
            ended = true;
            Outcome outcome = reader.outcome();
            if (outcome != null) {
              runner.check("BatchGetItem", reader.taken(), outcome);
            }
          } else if (value instanceof DecodedItem.Failed failed) {
            throw failed.error();
          } else if (value != DecodedItem.LOCK_ITEM) {
            @SuppressWarnings("unchecked") // decoded by this table's codec
            R record = (R) value;
            action.accept(record);
            return true;
          }
        }
        return false;
      }
    };
    return StreamSupport.stream(items, false).onClose(reader::close);
  }
}
