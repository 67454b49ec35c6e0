package dev.dynabind.runtime.internal.txn;

import dev.dynabind.runtime.Lock;
import dev.dynabind.runtime.internal.context.ContextLoader;
import dev.dynabind.runtime.internal.table.ItemId;
import dev.dynabind.runtime.spi.TableCodec;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * One action of a transaction, prepared and validated: the TransactWriteItems parts it sends (a
 * locked item's write is followed by the write of its lock), and what a commit does to the batch
 * context cache.
 *
 * @param index the action's position, from 0
 * @param tableName the table as the action named it when added, prefix included
 * @param codec the table's codec
 * @param renderedKey the key for messages
 * @param id the item, as DynamoDB identifies it
 * @param parts the TransactWriteItems actions, one or two
 * @param stored the item stored after a commit, for the cache; empty for a delete; null when only
 *     a read can tell (an update) or nothing is written (a check)
 * @param oldLock for {@code setAtomic}, the lock the write is conditioned on, else null
 * @param written whether the action writes the item, so the cache must learn of it
 * @param contextLoader the calling thread's context loader of the entry point the action's
 *     repository was made with; asked only inside a context
 */
public record TransactionAction(int index, String tableName, TableCodec<?, ?> codec,
    String renderedKey, ItemId id, List<TransactWriteItem> parts, Optional<?> stored,
    Lock<?> oldLock, boolean written, Supplier<ContextLoader> contextLoader) {

  /** After a commit inside a context: the cache holds what is stored now, or forgets it. */
  public void committed() {
    if (!written) {
      return;
    }
    if (stored != null) {
      contextLoader.get().stored(codec, id, stored);
    } else {
      forget();
    }
  }

  /**
   * After a failure inside a context, whose outcome may be unknown (a lost response): the next
   * read asks.
   */
  public void forget() {
    if (written) {
      contextLoader.get().evict(codec, id);
    }
  }
}
