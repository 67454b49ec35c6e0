package dev.dynabind.runtime.internal.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The size of a number counted from its text agrees with BigDecimal's precision, the oracle. */
class NumberSizeTest {
  @Test
  void plainDecimalsCountedFromTheirTextAgreeWithBigDecimal() {
    for (String number : List.of("0", "-0", "0.000", "00", "007", "7", "-7", "1200", "1200.00",
        "123.45", "0.00100", "-12.3400", "10.01", "100.5", "9999999999999999999999999999999999999",
        "0.1", "-0.0001", "1.", ".5", "-.5", "1e5", "1.5E-3", "12.3.4", "-", "", "abc")) {
      assertEquals(oracle(number), ItemSize.numberSize(number), number);
    }
  }

  private static long oracle(String number) {
    return (DynamoNumbers.significantDigits(number) + 1) / 2 + 1;
  }
}
