package dev.dynabind.runtime.internal.batch;

import dev.dynabind.runtime.internal.table.ItemId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Dedupes and slices validated operations into requests of DynamoDB's sizes. */
public final class Chunker {
  /** BatchGetItem takes at most 100 keys. */
  public static final int MAX_KEYS_PER_GET = 100;
  /** BatchWriteItem takes at most 25 writes. */
  public static final int MAX_WRITES_PER_WRITE = 25;

  private Chunker() {}

  /**
   * One write per item, the last one given: DynamoDB rejects a BatchWriteItem holding two writes
   * of one key, and the caller's intent is the final state. Positions are those of the first
   * write of each item, which keeps chunks stable.
   *
   * @param writes in call order
   * @return one write per item
   */
  public static List<WriteOp> lastWriteWins(Collection<WriteOp> writes) {
    Map<ItemId, WriteOp> byId = new LinkedHashMap<>();
    for (WriteOp write : writes) {
      byId.put(write.id(), write);
    }
    return new ArrayList<>(byId.values());
  }

  /**
   * Each key once, in order of first occurrence.
   *
   * @param reads in call order
   * @return one read per item
   */
  public static List<ReadOp> distinct(Collection<ReadOp> reads) {
    Map<ItemId, ReadOp> byId = new LinkedHashMap<>();
    for (ReadOp read : reads) {
      byId.putIfAbsent(read.id(), read);
    }
    return new ArrayList<>(byId.values());
  }

  /**
   * Consecutive slices of at most {@code size}.
   *
   * @param all the operations
   * @param size the largest slice
   * @param <T> the operation type
   * @return the slices, views of {@code all}
   */
  public static <T> List<List<T>> slices(List<T> all, int size) {
    List<List<T>> slices = new ArrayList<>((all.size() + size - 1) / size);
    for (int from = 0; from < all.size(); from += size) {
      slices.add(all.subList(from, Math.min(all.size(), from + size)));
    }
    return slices;
  }
}
