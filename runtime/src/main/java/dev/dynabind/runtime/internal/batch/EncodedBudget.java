package dev.dynabind.runtime.internal.batch;

/**
 * How many puts of one call keep the item they were validated with, so it is encoded once, and
 * from when on a put keeps only its record and is encoded again when its chunk is sent.
 *
 * <p>Why a budget: validating a put means encoding it, and encoding it again to send it cost a
 * second encoding of every item (the out-of-process benchmark's allocation profile: about 3 KB
 * per {@code Customer} put). Keeping every encoded item of a large collection call instead held
 * tens of megabytes until their chunks went out, which cost more in GC than the second encoding
 * (the in-process throughput benchmark measured twice the Enhanced Client's GC time). A stream
 * call holds only the chunks in flight, so it keeps every encoded item ({@link #unbounded()}); a
 * collection call keeps them up to {@link #MAX_ITEMS} items and {@link #MAX_BYTES} bytes as
 * DynamoDB counts them. Not thread-safe: one per call, used by the validating thread.
 */
public final class EncodedBudget {
  /** The most puts of one collection call that keep their encoded item. */
  static final int MAX_ITEMS = 2_000;
  /** The most item bytes (DynamoDB's count) one collection call keeps encoded. */
  static final long MAX_BYTES = 2L * 1024 * 1024;

  private static final EncodedBudget UNBOUNDED = new EncodedBudget(false);

  private final boolean bounded;
  private int items;
  private long bytes;

  private EncodedBudget(boolean bounded) {
    this.bounded = bounded;
  }

  /**
   * The budget of a call that holds all its writes until they are sent.
   *
   * @return a new budget
   */
  public static EncodedBudget forCollection() {
    return new EncodedBudget(true);
  }

  /**
   * The budget of a stream call, whose memory the chunks in flight already bound; it counts
   * nothing, so one instance serves every thread.
   *
   * @return a budget that keeps everything
   */
  public static EncodedBudget unbounded() {
    return UNBOUNDED;
  }

  /**
   * Whether a put of this size keeps its encoded item; counts it when it does.
   *
   * @param itemBytes the item's size as DynamoDB counts it
   * @return true to keep it
   */
  public boolean keep(long itemBytes) {
    if (!bounded) {
      return true;
    }
    if (items >= MAX_ITEMS || bytes + itemBytes > MAX_BYTES) {
      return false;
    }
    items++;
    bytes += itemBytes;
    return true;
  }
}
