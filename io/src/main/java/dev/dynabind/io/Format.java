package dev.dynabind.io;

/**
 * The file formats of {@link TableExport} and {@link TableImport}. Each may be gzip-compressed:
 * an export compresses when asked ({@link TableExport#gzip(boolean)}); an import recognizes gzip
 * by its first bytes.
 */
public enum Format {
  /**
   * DynamoDB JSON lines, as AWS's ExportTableToPointInTime writes its data files: one
   * {@code {"Item":{...}}} object per line, every value typed ({@code {"S":"a"}},
   * {@code {"N":"1"}}, {@code {"B":"<base64>"}}, {@code {"SS":[...]}}, {@code {"M":{...}}} and so
   * on). Round-trips every item exactly, with or without a record.
   */
  DYNAMODB_JSON,
  /**
   * JSON Lines: one plain JSON object per item and line. Numbers are JSON numbers (their text kept
   * as DynamoDB stored it), binaries base64 strings, sets and lists arrays, maps objects.
   */
  JSON_LINES,
  /** One JSON array of plain JSON objects, written as {@link #JSON_LINES} writes each item. */
  JSON_ARRAY,
  /**
   * CSV (RFC 4180): a header of attribute names, then one row per item. Strings and numbers are
   * written as text, binaries as base64, booleans as {@code true}/{@code false}; sets, lists and
   * maps as plain JSON text. An empty cell is an absent attribute.
   */
  CSV
}
