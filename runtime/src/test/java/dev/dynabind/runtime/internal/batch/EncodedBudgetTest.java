package dev.dynabind.runtime.internal.batch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EncodedBudgetTest {
  @Test
  void aCollectionCallKeepsEncodedItemsUpToItsItemAndByteLimits() {
    EncodedBudget byCount = EncodedBudget.forCollection();
    for (int i = 0; i < EncodedBudget.MAX_ITEMS; i++) {
      assertTrue(byCount.keep(10), "item " + i);
    }
    assertFalse(byCount.keep(10));

    EncodedBudget byBytes = EncodedBudget.forCollection();
    assertTrue(byBytes.keep(EncodedBudget.MAX_BYTES - 1));
    assertFalse(byBytes.keep(2), "over the byte limit");
    assertTrue(byBytes.keep(1), "a smaller item still fits");
  }

  @Test
  void aStreamCallKeepsEverything() {
    EncodedBudget stream = EncodedBudget.unbounded();
    for (int i = 0; i < EncodedBudget.MAX_ITEMS + 10; i++) {
      assertTrue(stream.keep(400 * 1024));
    }
  }
}
