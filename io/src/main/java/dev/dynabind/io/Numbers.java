package dev.dynabind.io;

import java.math.BigDecimal;
import java.util.Base64;
import software.amazon.awssdk.core.SdkBytes;

/** Checks of number and binary text read from a file, before DynamoDB sees them. */
final class Numbers {
  private Numbers() {}

  /** The text itself, so that a number keeps the digits it was written with. */
  static String checked(String text, String path) {
    try {
      new BigDecimal(text);
      return text;
    } catch (NumberFormatException e) {
      throw new LineException(path, "expected a number");
    }
  }

  static SdkBytes base64(String text, String path) {
    try {
      return SdkBytes.fromByteArrayUnsafe(Base64.getDecoder().decode(text));
    } catch (IllegalArgumentException e) {
      throw new LineException(path, "expected base64 binary data");
    }
  }
}
