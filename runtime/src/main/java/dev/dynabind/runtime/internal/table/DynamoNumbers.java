package dev.dynabind.runtime.internal.table;

import java.math.BigDecimal;

/**
 * The numbers DynamoDB accepts, and one text per value for matching keys. DynamoDB keeps at most
 * 38 significant digits, and magnitudes from 1E-130 up to 9.9999999999999999999999999999999999999E+125
 * (and zero); it refuses anything else, including NaN and Infinity.
 *
 * <p>Nothing here expands an exponent into digits: {@code 1E+999999999} stays a few characters,
 * where {@code toPlainString()} would allocate a billion.
 */
public final class DynamoNumbers {
  /** Significant digits DynamoDB keeps. */
  public static final int MAX_DIGITS = 38;
  /** The largest power of ten of a leading digit DynamoDB accepts. */
  private static final int MAX_EXPONENT = 125;
  /** The smallest power of ten of a leading digit DynamoDB accepts. */
  private static final int MIN_EXPONENT = -130;

  private DynamoNumbers() {}

  /**
   * Why DynamoDB would refuse a number, in words that do not repeat it; null when it accepts it.
   *
   * @param number the N text
   * @return the reason, or null
   */
  public static String refusal(String number) {
    if (isShortPlainDecimal(number)) {
      return null; // at most 38 digits without exponent: always in range
    }
    BigDecimal value = parse(number);
    if (value == null) {
      return "is not a number DynamoDB accepts (NaN, Infinity and malformed text are refused)";
    }
    if (value.signum() == 0) {
      return null;
    }
    if (value.precision() > MAX_DIGITS) {
      return "has " + value.precision() + " significant digits; DynamoDB keeps at most "
          + MAX_DIGITS;
    }
    long exponent = (long) value.precision() - value.scale() - 1;
    if (exponent > MAX_EXPONENT) {
      return "is larger in magnitude than DynamoDB's 9.9999999999999999999999999999999999999E+125";
    }
    if (exponent < MIN_EXPONENT) {
      return "is smaller in magnitude than DynamoDB's 1E-130 (zero excepted)";
    }
    return null;
  }

  /**
   * One text for every form of a value, for comparing numbers as DynamoDB does: {@code 12.50},
   * {@code 12.5} and {@code 1.25E1} give the same text. Plain integers without trailing zeros are
   * their own text; others are unscaled digits and a power of ten. Text that is not a number is
   * returned as it is (DynamoDB refuses it anyway).
   *
   * @param number the N text
   * @return the canonical text
   */
  public static String canonical(String number) {
    if (isCanonicalInteger(number)) {
      return number;
    }
    BigDecimal value = parse(number);
    if (value == null) {
      return number;
    }
    if (value.scale() == 0) {
      return value.unscaledValue().toString();
    }
    return value.unscaledValue() + "e" + (-(long) value.scale());
  }

  /**
   * Significant digits, as DynamoDB counts a number's size; 1 for zero or text that is not a
   * number.
   *
   * @param number the N text
   * @return the digit count
   */
  public static int significantDigits(String number) {
    BigDecimal value = parse(number);
    return value == null || value.signum() == 0 ? 1 : value.precision();
  }

  /** The value with trailing zeros stripped, or null when it is not a number. */
  private static BigDecimal parse(String number) {
    try {
      return new BigDecimal(number).stripTrailingZeros();
    } catch (NumberFormatException | ArithmeticException notANumber) {
      return null; // NaN, Infinity, malformed, or an exponent beyond int
    }
  }

  /** An optional minus and 1 to 38 digits with at most one dot: always a number DynamoDB takes. */
  private static boolean isShortPlainDecimal(String number) {
    int start = number.startsWith("-") ? 1 : 0;
    int digits = 0;
    boolean dot = false;
    for (int i = start; i < number.length(); i++) {
      char c = number.charAt(i);
      if (c == '.' && !dot) {
        dot = true;
      } else if (c >= '0' && c <= '9') {
        digits++;
      } else {
        return false;
      }
    }
    // A dot at either end is Java's leniency, not DynamoDB's: let BigDecimal judge it.
    return digits > 0 && digits <= MAX_DIGITS && !number.endsWith(".")
        && number.charAt(start) != '.';
  }

  /** 0, or an optional minus and digits without a leading or trailing zero. */
  private static boolean isCanonicalInteger(String number) {
    int start = number.startsWith("-") ? 1 : 0;
    int length = number.length();
    if (length == start) {
      return false;
    }
    if (number.charAt(start) == '0') {
      return length == 1;
    }
    if (number.charAt(length - 1) == '0') {
      return false;
    }
    for (int i = start; i < length; i++) {
      char c = number.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
