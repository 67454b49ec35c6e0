package dev.dynabind.runtime;

import dev.dynabind.runtime.internal.batch.Outcome;
import dev.dynabind.runtime.internal.batch.ReadOp;
import dev.dynabind.runtime.internal.batch.StreamReader;
import dev.dynabind.runtime.internal.config.Arguments;
import dev.dynabind.runtime.internal.table.ItemId;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The typed side of a streamed batch read: validates each key as it is pulled (naming it), decodes
 * through the repository (so a failure names the prefixed table), never hands out lock items, and
 * turns what was not read into the exception the stream ends with.
 */
final class StreamGet {
  private StreamGet() {}

  static <R, K> Stream<R> open(Repository<R, K> repository, Stream<K> keys,
      StreamReadOptions options) {
    Arguments.required(keys, "keys");
    Arguments.required(options, "options");
    // Like the write streams, a stream read bypasses a batch context's cache: it is not held.
    repository.contextOrCheckStrict();
    ReadOp.TableRead read = BatchGet.tableRead(repository.codec().metadata(), options.read());
    int[] element = {0};
    StreamReader<K> reader = new StreamReader<>(BatchSupport.settings(repository.db()),
        keys.iterator(), key -> {
          Map<String, AttributeValue> encoded =
              BatchSupport.encodeKey(repository, key, element[0]++);
          return new ReadOp(new ItemId(repository.tableName(), encoded), read,
              new Pending(repository, Pending.Kind.READ, key, key));
        },
        (id, item) -> DecodedItem.of(repository, item),
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
              BatchSupport.check("BatchGetItem", reader.taken(), outcome);
            }
          } else if (value instanceof DecodedItem.Failed failed) {
            throw failed.error();
          } else if (value != DecodedItem.LOCK_ITEM) {
            @SuppressWarnings("unchecked") // decoded by this repository's codec
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
