package dev.dynabind.it;

import dev.dynabind.EmptyWhenAbsent;
import dev.dynabind.Key;
import dev.dynabind.Table;
import java.math.BigDecimal;
import java.util.Set;

/**
 * Sets that read back empty when absent ({@code @EmptyWhenAbsent}), one of each stored kind and
 * one in a nested record, beside a plain set that keeps reading back as null.
 */
@Table("shelves")
public record Shelf(@Key String id,
                    @EmptyWhenAbsent Set<String> labels,
                    @EmptyWhenAbsent Set<BigDecimal> sizes,
                    @EmptyWhenAbsent Set<software.amazon.awssdk.core.SdkBytes> blobs,
                    Set<String> plain,
                    Bin bin) {

  /** A nested record: the annotation works on its components too. */
  public record Bin(@EmptyWhenAbsent Set<Integer> slots) {}
}
