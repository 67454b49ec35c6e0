package dev.dynabind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynabind.testing.FaultInjector;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A stream call that fails midway (an invalid element, a source that throws) or that writes one
 * item twice still accounts for every element pulled: applied, or reported.
 */
class BatchStreamFailureTest {
  private static final RetryPolicy FEW = RetryPolicy.builder().maxAttempts(2)
      .baseDelay(Duration.ofMillis(1)).maxDelay(Duration.ofMillis(2)).build();
  private static final Set<String> DOOMED = Set.of("id-3", "id-40", "id-52");

  private static BatchFixture fixture(Predicate<String> never) {
    return new BatchFixture(b -> b.retryPolicy(FEW).concurrency(2),
        FaultInjector.never(item -> never.test(item.get("id").s())));
  }

  private static Set<String> ids(int from, int to) {
    return IntStream.range(from, to).mapToObj(i -> "id-" + i).collect(Collectors.toSet());
  }

  private static Set<String> without(Set<String> all, Set<String> removed) {
    Set<String> result = new HashSet<>(all);
    result.removeAll(removed);
    return result;
  }

  private static UnprocessedItemsException attached(Throwable thrown) {
    assertEquals(1, thrown.getSuppressed().length, "one report attached");
    return assertInstanceOf(UnprocessedItemsException.class, thrown.getSuppressed()[0]);
  }

  @Test
  void everyElementPulledBeforeAnInvalidOneIsAppliedOrReported() {
    try (BatchFixture f = fixture(DOOMED::contains)) {
      // 60 valid items fill two chunks and part of a third, which was not sent when null came.
      Stream<Item> items = Stream.concat(BatchFixture.items(60).stream(), Stream.of((Item) null));
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> f.items.batchSave(items));

      assertTrue(e.getMessage().contains("#60"), e.getMessage());
      UnprocessedItemsException report = attached(e);
      assertEquals(DOOMED, new HashSet<>(report.keysOf(f.items)), "exactly the unapplied");
      assertEquals(without(ids(0, 60), DOOMED), f.storedIds(f.items), "all the others written");
      assertTrue(report.getMessage().startsWith("3 of 60 writes"), report.getMessage());
    }
  }

  @Test
  void anInvalidKeyAfterOnlyAppliedWritesThrowsItselfWithNothingAttached() {
    try (BatchFixture f = fixture(id -> false)) {
      f.items.batchSave(BatchFixture.items(30));
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> f.items.batchDelete(Stream.concat(BatchFixture.ids(30).stream(), Stream.of(""))));

      assertEquals(0, e.getSuppressed().length);
      assertEquals(Set.of(), f.storedIds(f.items), "the 30 deletes pulled before were applied");
    }
  }

  @Test
  void everyElementPulledBeforeAFailingSourceIsAppliedOrReported() {
    IllegalStateException broken = new IllegalStateException("the source broke");
    try (BatchFixture f = fixture(DOOMED::contains)) {
      Stream<Item> items = IntStream.range(0, 100).mapToObj(i -> {
        if (i == 57) {
          throw broken;
        }
        return new Item("id-" + i, i, "p" + i);
      });
      IllegalStateException e =
          assertThrows(IllegalStateException.class, () -> f.items.batchSave(items));

      assertSame(broken, e, "the source's own exception");
      UnprocessedItemsException report = attached(e);
      assertEquals(DOOMED, new HashSet<>(report.keysOf(f.items)));
      assertEquals(without(ids(0, 57), DOOMED), f.storedIds(f.items));
    }
  }

  @Test
  void aWriteSupersededByALaterAppliedWriteOfItsItemIsNotReported() {
    // Every write carrying "old" stays unprocessed; the later write of the same item succeeds.
    try (BatchFixture f = new BatchFixture(b -> b.retryPolicy(FEW),
        FaultInjector.never(item -> item.containsKey("payload")
            && item.get("payload").s().equals("old")))) {
      Stream<Item> writes = Stream.of(
          Stream.of(new Item("a", 1, "old")),
          BatchFixture.items(30).stream(), // the old write's chunk goes out before "a" comes back
          Stream.of(new Item("a", 2, "new"))).flatMap(s -> s);

      f.items.batchSave(writes); // nothing left that the caller would have to write again

      assertEquals(List.of(new Item("a", 2, "new")), f.items.batchGet(List.of("a")));
    }
  }

  @Test
  void ofSeveralUnappliedWritesOfAnItemOnlyTheLatestIsReported() {
    try (BatchFixture f = new BatchFixture(b -> b.retryPolicy(FEW),
        FaultInjector.never(item -> item.get("id").s().equals("a")))) {
      Stream<Item> writes = Stream.of(
          Stream.of(new Item("a", 1, "first")),
          BatchFixture.items(30).stream(),
          Stream.of(new Item("a", 2, "second")),
          BatchFixture.items(30).stream()).flatMap(s -> s);

      UnprocessedItemsException e =
          assertThrows(UnprocessedItemsException.class, () -> f.items.batchSave(writes));

      assertEquals(List.of(new Item("a", 2, "second")), e.itemsOf(f.items));
      assertTrue(e.getMessage().startsWith("1 of 62 writes"), e.getMessage());
    }
  }
}
