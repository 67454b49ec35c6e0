package dev.dynabind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dynabind.testing.FaultInjector;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * One rule for every path: repositories of one table are one table whichever instance, a null
 * argument is an IllegalArgumentException naming it, and strict mode covers every data operation.
 */
class OneRuleTest {

  @Test
  void unprocessedItemsAreFoundThroughAnyRepositoryOfTheTable() {
    Item stuck = new Item("stuck", 1, "p");
    try (BatchFixture fixture = new BatchFixture(
        FaultInjector.never(item -> item.get("id").s().equals("stuck")))) {
      UnprocessedItemsException e = assertThrows(UnprocessedItemsException.class,
          () -> fixture.items.batchSave(List.of(stuck, new Item("ok", 2, "p"))));
      ItemRepository sameTable = new ItemRepository(fixture.db);
      assertEquals(List.of(stuck), e.itemsOf(sameTable));
      assertEquals(List.of("stuck"), e.keysOf(sameTable));
      assertEquals(List.of(), e.itemsOf(fixture.lines));
    }
  }

  @Test
  void batchGetResultsAreFoundThroughAnyRepositoryOfTheTable() {
    try (BatchFixture fixture = new BatchFixture()) {
      fixture.items.batchSave(BatchFixture.items(3));
      ItemRepository first = new ItemRepository(fixture.db);
      ItemRepository second = new ItemRepository(fixture.db);
      BatchGetResult result = fixture.db.batchGet().add(first, List.of("id-0"))
          .add(second, List.of("id-1")).execute();
      assertEquals(List.of("id-0", "id-1"),
          result.itemsOf(fixture.items).stream().map(Item::id).toList());
      assertThrows(IllegalArgumentException.class, () -> result.itemsOf(fixture.lines));
    }
  }

  @Test
  void aNullArgumentOfADataOperationIsAnIllegalArgumentExceptionNamingIt() {
    try (BatchFixture fixture = new BatchFixture()) {
      ItemRepository items = fixture.items;
      assertNamed("item", () -> items.save(null));
      // A null key is refused by the codec, naming the key component (a composite key's codec
      // names the key record itself).
      assertNamed("'id'", () -> items.get(null));
      assertNamed("'id'", () -> items.getAsync(null));
      assertNamed("'id'", () -> items.delete(null));
      assertNamed("keys", () -> items.batchGet((Collection<String>) null));
      assertNamed("keys", () -> items.batchGet((Stream<String>) null));
      assertNamed("options", () -> items.batchGet(List.of("a"), null));
      assertNamed("options", () -> items.batchGet(Stream.of("a"), (StreamReadOptions) null));
      assertNamed("writes", () -> items.batchWrite(null));
      assertNamed("items", () -> items.batchSave((Collection<Item>) null));
      assertNamed("items", () -> items.batchSave((Stream<Item>) null));
      assertNamed("keys", () -> items.batchDelete((Collection<String>) null));
      assertNamed("keys", () -> items.batchDelete((Stream<String>) null));
      assertNamed("items", () -> items.batchDeleteItems(null));
      assertNamed("repository", () -> fixture.db.batchGet().add(null, List.of("a")));
      assertNamed("keys", () -> fixture.db.batchGet().add(items, null));
      assertNamed("items", () -> fixture.db.batchWrite().saveAll(items, null));
      assertNamed("work", () -> BatchContext.run(null));
      BatchContext.run(() -> {
        assertNamed("keys", () -> items.batchGet((Collection<String>) null));
        assertNamed("item", () -> items.save(null));
        assertNamed("'id'", () -> items.get(null));
      });
      assertEquals(0, fixture.counter.total());
    }
  }

  private static void assertNamed(String argument, Executable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertEquals(true, e.getMessage().contains(argument), e.getMessage());
  }

  @Test
  void strictModeCoversEveryDataOperation() {
    try (BatchFixture fixture = new BatchFixture(b -> b.requireBatchContext(true))) {
      List<Executable> calls = List.of(
          () -> fixture.lines.query("o-1"),
          () -> fixture.db.batchGet().add(fixture.items, List.of("a")).execute(),
          () -> fixture.db.batchWrite().save(fixture.items, new Item("a", 1, "p")).execute(),
          () -> fixture.db.batchWrite().execute(),
          () -> fixture.items.batchGet(List.of("a")),
          () -> fixture.items.batchSave(List.of(new Item("a", 1, "p"))),
          () -> fixture.items.batchSave(Stream.of(new Item("a", 1, "p"))),
          () -> fixture.items.batchDelete(List.of("a")));
      for (Executable call : calls) {
        assertThrows(BatchContextRequiredException.class, call);
      }
      assertEquals(0, fixture.counter.total());
      BatchContext.run(() -> {
        fixture.db.batchWrite().save(fixture.items, new Item("a", 1, "p")).execute();
        assertEquals(1, fixture.db.batchGet().add(fixture.items, List.of("a")).execute()
            .itemsOf(fixture.items).size());
        assertEquals(0, fixture.lines.query("o-1").count());
      });
    }
  }
}
