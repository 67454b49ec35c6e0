package dev.dynabind.io;

/**
 * A record of an import file that does not fit the table or record: it was not written.
 *
 * @param record the record's number in the file, from 1 (a JSON line, array element or CSV row)
 * @param line the line of the file it starts on, from 1 (a CSV file's header is line 1)
 * @param attribute the attribute path that does not fit, such as {@code price} or
 *     {@code address.city} or {@code tags[2]}; empty when the record as a whole does not
 * @param reason why, without the value
 */
public record ImportProblem(long record, long line, String attribute, String reason) {
  /**
   * One line for a report.
   *
   * @return {@code line L (record N), attribute 'a': reason}
   */
  @Override
  public String toString() {
    return "line " + line + " (record " + record + ")"
        + (attribute.isEmpty() ? "" : ", attribute '" + attribute + "'") + ": " + reason;
  }
}
