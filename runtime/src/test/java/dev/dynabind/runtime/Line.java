package dev.dynabind.runtime;

/** A composite-key test record: an order line; shared with the tests of other packages. */
public record Line(String order, int no, String sku) {
  /** The generated key record's shape. */
  public record Key(String order, int no) {}
}
