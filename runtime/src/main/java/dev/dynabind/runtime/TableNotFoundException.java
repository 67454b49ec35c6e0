package dev.dynabind.runtime;

import java.util.List;

/**
 * DynamoDB answered that a table a request named does not exist (or is not active yet). The
 * message names the table as requests name it, prefix included, and suggests
 * {@code createTable()}; the SDK's {@code ResourceNotFoundException} is the cause.
 */
public class TableNotFoundException extends DynabindException {
  private static final long serialVersionUID = 1L;

  /** Immutable; serializable as a {@code List.copyOf} list is. */
  private final List<String> tableNames;

  /**
   * Creates the exception.
   *
   * @param tableNames the tables the request named, prefix included; one of them is missing
   * @param cause the SDK's exception
   */
  public TableNotFoundException(List<String> tableNames, Throwable cause) {
    super(message(tableNames), cause);
    this.tableNames = List.copyOf(tableNames);
  }

  private static String message(List<String> tableNames) {
    String names = tableNames.size() == 1
        ? "table '" + tableNames.get(0) + "' does not"
        : "one of the tables '" + String.join("', '", tableNames) + "' does not";
    return names + " exist or is not active yet; create it with createTable() on its repository"
        + " (or check the tableNamePrefix and the region or endpoint of the client)";
  }

  /**
   * The table the request named, prefix included; for a request naming several tables (a
   * transaction), the first of them; see {@link #tableNames()}.
   *
   * @return the table name
   */
  public String tableName() {
    return tableNames.get(0);
  }

  /**
   * Every table the request named, prefix included; DynamoDB does not say which one is missing.
   *
   * @return the table names
   */
  public List<String> tableNames() {
    return tableNames;
  }
}
