package dev.dynabind.runtime.internal.batch;

import dev.dynabind.runtime.internal.table.ItemId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** What the chunker and the retry loop need of a read or a write: its item and its tag. */
interface BatchOp {
  /**
   * The table and key it touches.
   *
   * @return the identity
   */
  ItemId id();

  /**
   * What to report when it is not done (the caller's item or key).
   *
   * @return the tag
   */
  Object tag();

  /** The tags of operations, in their order. */
  static List<Object> tags(Collection<? extends BatchOp> ops) {
    List<Object> tags = new ArrayList<>(ops.size());
    for (BatchOp op : ops) {
      tags.add(op.tag());
    }
    return tags;
  }
}
