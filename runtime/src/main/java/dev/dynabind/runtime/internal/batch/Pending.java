package dev.dynabind.runtime.internal.batch;

import dev.dynabind.runtime.internal.table.TableBinding;
import dev.dynabind.runtime.spi.TableCodec;

/**
 * One operation of a batch call as its caller gave it, kept so that what is not applied can be
 * handed back typed. The table is the name and codec in effect when the operation was added, so
 * any repository of that table (whichever instance) finds it again.
 *
 * @param tableName the table, prefix included
 * @param codec the table's codec; codecs are singletons, so it tells record types apart
 * @param kind what it does
 * @param value the item of a put, the key of a delete or read
 * @param key the key, for messages
 */
public record Pending(String tableName, TableCodec<?, ?> codec, Kind kind, Object value,
    Object key) {

  /** What a pending operation does. */
  public enum Kind {
    /** A put of {@code value}. */
    PUT,
    /** A delete of the key {@code value}. */
    DELETE,
    /** A read of the key {@code value}. */
    READ
  }

  /**
   * A pending read of one key.
   *
   * @param table the table read
   * @param key the key
   * @return the pending read
   */
  public static Pending read(TableBinding<?, ?> table, Object key) {
    return new Pending(table.name(), table.codec(), Kind.READ, key, key);
  }

  /**
   * Whether this operation went to the table of this name and codec: one table and record type,
   * whichever repository instance.
   *
   * @param otherTableName a table name, prefix included
   * @param otherCodec a codec
   * @return true for the same table
   */
  public boolean sameTable(String otherTableName, TableCodec<?, ?> otherCodec) {
    return codec == otherCodec && tableName.equals(otherTableName);
  }
}
