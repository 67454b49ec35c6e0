package dev.dynabind.runtime;

/** A composite-key test record: an order line. */
record Line(String order, int no, String sku) {
  /** The generated key record's shape. */
  record Key(String order, int no) {}
}
