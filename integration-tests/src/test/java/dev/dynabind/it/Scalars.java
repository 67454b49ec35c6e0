package dev.dynabind.it;

import dev.dynabind.Key;
import dev.dynabind.Table;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.UUID;
import software.amazon.awssdk.core.SdkBytes;

/** Every scalar type: strings, each primitive and its box, big numbers, binaries, UUID, enum. */
@Table("scalars")
public record Scalars(
    @Key String id,
    String text,
    boolean flag,
    Boolean flagBox,
    char letter,
    Character letterBox,
    byte tiny,
    Byte tinyBox,
    short small,
    Short smallBox,
    int count,
    Integer countBox,
    long big,
    Long bigBox,
    float ratio,
    Float ratioBox,
    double precise,
    Double preciseBox,
    BigDecimal amount,
    BigInteger huge,
    byte[] raw,
    SdkBytes blob,
    UUID uuid,
    Color color) {

  /** Only the key set: every other component null or its Java default. */
  static Scalars onlyKey(String id) {
    return new Scalars(id, null, false, null, '\0', null, (byte) 0, null, (short) 0, null, 0, null,
        0L, null, 0f, null, 0d, null, null, null, null, null, null, null);
  }
}
