package dev.dynabind.runtime.internal.batch;

import dev.dynabind.runtime.internal.table.ItemId;
import java.util.Map;
import java.util.Objects;

/**
 * One validated key to read, with how its table is read.
 *
 * @param id the table and encoded key
 * @param table how the table is read (consistency, projection); the same for every key of a table
 * @param tag what to report when it is not read (the caller's key)
 */
public record ReadOp(ItemId id, TableRead table, Object tag) implements BatchOp {
  /** Checks that every part is present. */
  public ReadOp {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(table, "table");
  }

  /**
   * How one table's keys are read in a BatchGetItem.
   *
   * @param consistentRead strongly consistent reads
   * @param projection the projection expression, or null for whole items
   * @param names the expression attribute names of the projection
   */
  public record TableRead(boolean consistentRead, String projection, Map<String, String> names) {
    /** Copies the names. */
    public TableRead {
      names = Map.copyOf(names);
    }
  }
}
