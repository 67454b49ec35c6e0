package dev.dynabind.runtime;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * How a batch read reads: eventually or strongly consistent, whole items or a projection.
 * Immutable; start from {@link #defaults()} or {@link #consistent()}, or build one.
 *
 * <pre>{@code
 * users.batchGet(ids, BatchGetOptions.builder().consistentRead(true).projection("email").build());
 * }</pre>
 */
public final class BatchGetOptions {
  private static final BatchGetOptions DEFAULTS = builder().build();
  private static final BatchGetOptions CONSISTENT = builder().consistentRead(true).build();

  private final boolean consistentRead;
  private final List<String> projection;

  private BatchGetOptions(Builder builder) {
    this.consistentRead = builder.consistentRead;
    this.projection = builder.projection;
  }

  /**
   * Eventually consistent reads of whole items.
   *
   * @return the default options
   */
  public static BatchGetOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Strongly consistent reads of whole items (twice the read capacity).
   *
   * @return consistent-read options
   */
  public static BatchGetOptions consistent() {
    return CONSISTENT;
  }

  /**
   * A builder starting from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Whether reads are strongly consistent.
   *
   * @return true for consistent reads
   */
  public boolean consistentRead() {
    return consistentRead;
  }

  /**
   * The stored attribute names to read; empty for whole items. Key attributes are always read
   * as well, since results are matched to keys by them.
   *
   * @return the projected attribute names
   */
  public List<String> projection() {
    return projection;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BatchGetOptions o
        && consistentRead == o.consistentRead && projection.equals(o.projection);
  }

  @Override
  public int hashCode() {
    return Objects.hash(consistentRead, projection);
  }

  @Override
  public String toString() {
    return "BatchGetOptions[consistentRead=" + consistentRead + ", projection=" + projection + "]";
  }

  /** Builds {@link BatchGetOptions}, validating each value as it is set. */
  public static final class Builder {
    private boolean consistentRead;
    private List<String> projection = List.of();

    private Builder() {}

    /**
     * Strongly consistent reads; false (eventually consistent) when not set.
     *
     * @param consistentRead whether to read consistently
     * @return this builder
     */
    public Builder consistentRead(boolean consistentRead) {
      this.consistentRead = consistentRead;
      return this;
    }

    /**
     * Reads only these stored attributes (names as stored, after {@code @Attribute}); components
     * not read decode as null or their Java default. Replaces any earlier projection.
     *
     * @param attributeNames at least one non-empty name
     * @return this builder
     */
    public Builder projection(String... attributeNames) {
      Objects.requireNonNull(attributeNames, "attributeNames");
      if (attributeNames.length == 0) {
        throw new IllegalArgumentException("projection needs at least one attribute name");
      }
      for (String name : attributeNames) {
        if (name == null || name.isEmpty()) {
          throw new IllegalArgumentException(
              "projection attribute names must not be null or empty: " + Arrays.toString(attributeNames));
        }
      }
      this.projection = List.of(attributeNames);
      return this;
    }

    /**
     * Builds the options.
     *
     * @return immutable options
     */
    public BatchGetOptions build() {
      return new BatchGetOptions(this);
    }
  }
}
