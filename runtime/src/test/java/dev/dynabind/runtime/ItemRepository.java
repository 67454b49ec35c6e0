package dev.dynabind.runtime;

/** What the processor would generate for {@link Item}: nothing beyond the binding. */
final class ItemRepository extends Repository<Item, String> {
  ItemRepository(Dynabind db) {
    this(db, ItemCodec.PLAIN);
  }

  ItemRepository(Dynabind db, ItemCodec codec) {
    super(db, codec);
  }
}
