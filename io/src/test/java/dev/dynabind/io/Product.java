package dev.dynabind.io;

import dev.dynabind.Key;
import dev.dynabind.Table;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import software.amazon.awssdk.core.SdkBytes;

/** A catalogue item holding every kind of stored value: scalars, sets, lists, maps, records. */
@Table("products")
public record Product(
    @Key String id,
    String name,
    int stock,
    long views,
    double rating,
    BigDecimal price,
    BigInteger serial,
    boolean active,
    Character grade,
    byte[] image,
    SdkBytes thumbnail,
    UUID uuid,
    Instant added,
    Category category,
    Set<String> tags,
    Set<Integer> sizes,
    Set<SdkBytes> blobs,
    List<String> notes,
    List<Dimension> dimensions,
    Map<String, Integer> stockByStore,
    Dimension box,
    Optional<String> nickname) {

  /** A product category, stored by name. */
  public enum Category { BOOK, TOOL, TOY }

  /** A nested record, stored as a map. */
  public record Dimension(String unit, double value) {}
}
