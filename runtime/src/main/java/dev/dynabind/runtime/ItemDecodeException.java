package dev.dynabind.runtime;

import dev.dynabind.runtime.spi.AttributeTypeException;
import dev.dynabind.runtime.spi.KeyAttribute;
import dev.dynabind.runtime.spi.TableCodec;
import dev.dynabind.runtime.spi.TableMetadata;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A stored attribute has a type the record component cannot hold. The message names the table,
 * the item's key and the attribute path, never other item contents.
 *
 * <p>Thrown by a repository's reads ({@code get}, {@code getAsync}, {@code batchGet},
 * {@code db.batchGet()}, reads inside a {@link BatchContext}, queries and
 * {@link LockedRepository#updateAtomic}), it names the table as requests do, with the
 * {@link Dynabind.Builder#tableNamePrefix(String) table name prefix}. Thrown by a codec's
 * {@link TableCodec#decode} called directly, it names the table of {@code @Table}, since a codec
 * does not know the prefix.
 */
public class ItemDecodeException extends DynabindException {
  private static final long serialVersionUID = 1L;

  private final String tableName;
  private final String key;
  private final String attribute;
  private final String detail;

  /**
   * Creates the exception.
   *
   * @param tableName the table
   * @param key the item's key, rendered
   * @param attribute the attribute path, such as {@code address.zip} or {@code tags[2]}
   * @param detail what was found and what was expected
   * @param cause the underlying failure, if any
   */
  public ItemDecodeException(
      String tableName, String key, String attribute, String detail, Throwable cause) {
    super("Cannot decode item " + key + " of table '" + tableName + "': attribute '" + attribute
        + "' " + detail, cause);
    this.tableName = tableName;
    this.key = key;
    this.attribute = attribute;
    this.detail = detail;
  }

  /**
   * Wraps a decoding failure of one attribute with the table and key it happened in; called by
   * generated codecs. The table is named as in {@code @Table}; a repository that reads the item
   * names it with the prefix instead.
   *
   * @param metadata the table
   * @param item the stored item, of which only the key attributes are rendered
   * @param failure the attribute that failed
   * @return the exception to throw
   */
  public static ItemDecodeException of(
      TableMetadata metadata, Map<String, AttributeValue> item, AttributeTypeException failure) {
    return new ItemDecodeException(metadata.tableName(), renderKey(metadata, item),
        failure.path(), failure.detail(), failure.getCause());
  }

  /**
   * This failure named under the table name requests use. The copy keeps this exception's stack
   * trace, which shows the codec frames where decoding failed, not the repository's rethrow.
   *
   * @param requestTableName the table name, prefix included
   * @return this exception when it already names that table, else a copy naming it
   */
  ItemDecodeException inTable(String requestTableName) {
    if (tableName.equals(requestTableName)) {
      return this;
    }
    ItemDecodeException copy =
        new ItemDecodeException(requestTableName, key, attribute, detail, getCause());
    copy.setStackTrace(getStackTrace());
    return copy;
  }

  /**
   * Renders the key attributes of an item, such as {@code {id=S:u-1}}.
   *
   * @param metadata the table
   * @param item the item or key map
   * @return the rendering
   */
  public static String renderKey(TableMetadata metadata, Map<String, AttributeValue> item) {
    StringBuilder text = new StringBuilder("{");
    appendKey(text, metadata.partitionKey(), item);
    if (metadata.sortKey() != null) {
      text.append(", ");
      appendKey(text, metadata.sortKey(), item);
    }
    return text.append('}').toString();
  }

  private static void appendKey(StringBuilder text, KeyAttribute key, Map<String, AttributeValue> item) {
    AttributeValue value = item.get(key.attributeName());
    text.append(key.attributeName()).append('=');
    if (value == null) {
      text.append("<absent>");
    } else if (value.s() != null) {
      text.append("S:").append(value.s());
    } else if (value.n() != null) {
      text.append("N:").append(value.n());
    } else if (value.b() != null) {
      text.append("B:").append(value.b().asByteBuffer().remaining()).append(" bytes");
    } else {
      text.append(value.type());
    }
  }

  /**
   * The table of the item: from a repository's read, the name requests use, prefix included.
   *
   * @return the table name
   */
  public String tableName() {
    return tableName;
  }

  /**
   * The item's key, rendered.
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * The attribute path that could not be decoded.
   *
   * @return the path
   */
  public String attribute() {
    return attribute;
  }
}
