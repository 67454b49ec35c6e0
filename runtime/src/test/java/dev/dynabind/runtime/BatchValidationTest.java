package dev.dynabind.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BatchValidationTest {

  @Test
  void aNullKeyFailsBeforeAnyRequestNamingItsPosition() {
    try (BatchFixture f = new BatchFixture()) {
      List<String> keys = new ArrayList<>(BatchFixture.ids(300));
      keys.set(250, null);
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> f.items.batchGet(keys));
      assertTrue(e.getMessage().contains("#250") && e.getMessage().contains("null"), e.getMessage());
      assertEquals(0, f.counter.total());
    }
  }

  @Test
  void anEmptyKeyFailsBeforeAnyRequestNamingTheComponent() {
    try (BatchFixture f = new BatchFixture()) {
      List<Item> items = new ArrayList<>(BatchFixture.items(60));
      items.set(55, new Item("", 1, "x"));
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> f.items.batchSave(items));
      assertTrue(e.getMessage().contains("'id'") && e.getMessage().contains("empty"), e.getMessage());
      assertThrows(IllegalArgumentException.class, () -> f.items.batchDelete(List.of("a", "")));
      assertThrows(IllegalArgumentException.class,
          () -> f.lines.batchDelete(List.of(new Line.Key("", 1))));
      assertEquals(0, f.counter.total());
    }
  }

  @Test
  void anItemOver400KbFailsBeforeAnyRequestNamingItsKey() {
    try (BatchFixture f = new BatchFixture()) {
      char[] big = new char[400 * 1024 - 10];
      Arrays.fill(big, 'x');
      List<Item> items = new ArrayList<>(BatchFixture.items(30));
      items.add(new Item("too-big", 1, new String(big)));
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> f.items.batchSave(items));
      assertTrue(e.getMessage().contains("too-big") && e.getMessage().contains("409600"),
          e.getMessage());
      assertTrue(!e.getMessage().contains("xxxx"), "no item contents in the message");
      assertEquals(0, f.counter.total());
    }
  }

  @Test
  void anItemOfExactly400KbIsAccepted() {
    try (BatchFixture f = new BatchFixture()) {
      // id(2) + "a"(1) + payload name(7) + n name(1) + N "1"(2) = 13 bytes besides the payload.
      char[] payload = new char[400 * 1024 - 13];
      Arrays.fill(payload, 'x');
      f.items.batchSave(List.of(new Item("a", 1, new String(payload))));
      assertEquals(1, f.count(f.items));
    }
  }

  @Test
  void aNullItemInACrossTableWriteFailsBeforeAnyRequest() {
    try (BatchFixture f = new BatchFixture()) {
      BatchWrite write = f.db.batchWrite().saveAll(f.items, BatchFixture.items(5));
      assertThrows(IllegalArgumentException.class, () -> write.save(f.items, null));
      assertThrows(IllegalArgumentException.class,
          () -> write.delete(f.lines, new Line.Key(null, 3)));
      assertEquals(0, f.counter.total());
    }
  }

  @Test
  void anInvalidStreamElementStopsTheStreamAndNamesTheElement() {
    try (BatchFixture f = new BatchFixture()) {
      Stream<Item> items = Stream.concat(BatchFixture.items(60).stream(),
          Stream.of(new Item(null, 0, "x")));
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> f.items.batchSave(items));
      assertTrue(e.getMessage().contains("#60") && e.getMessage().contains("null"), e.getMessage());
    }
  }
}
