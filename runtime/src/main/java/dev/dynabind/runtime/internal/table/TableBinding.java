package dev.dynabind.runtime.internal.table;

import dev.dynabind.runtime.spi.TableCodec;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What the internals know of one repository's table: its name as requests use it (prefix
 * included), its codec, and how its stored items decode (naming that table in a failure). The
 * public {@code Repository} makes one and hands it down; internals never see the repository.
 *
 * @param name the table name requests use
 * @param codec the generated codec
 * @param decoder decodes a stored item, naming {@code name} in an {@code ItemDecodeException}
 * @param <R> the record type
 * @param <K> the key type
 */
public record TableBinding<R, K>(
    String name, TableCodec<R, K> codec, Function<Map<String, AttributeValue>, R> decoder) {

  /**
   * Decodes a stored item of this table.
   *
   * @param item the stored item
   * @return the record
   */
  public R decode(Map<String, AttributeValue> item) {
    return decoder.apply(item);
  }
}
