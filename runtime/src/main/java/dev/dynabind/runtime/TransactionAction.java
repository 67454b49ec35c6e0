package dev.dynabind.runtime;

import dev.dynabind.runtime.internal.table.ItemId;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * One action of a {@link Transaction}, prepared and validated: the TransactWriteItems parts it
 * sends (a locked item's write is followed by the write of its lock), and what a commit does to
 * the batch context cache. Internal.
 *
 * @param index the action's position, from 0
 * @param repository the repository it was added through
 * @param renderedKey the key for messages
 * @param id the item, as DynamoDB identifies it
 * @param parts the TransactWriteItems actions, one or two
 * @param stored the item stored after a commit, for the cache; empty for a delete; null when only
 *     a read can tell (an update) or nothing is written (a check)
 * @param oldLock for {@code setAtomic}, the lock the write is conditioned on, else null
 * @param written whether the action writes the item, so the cache must learn of it
 */
record TransactionAction(int index, Repository<?, ?> repository, String renderedKey, ItemId id,
    List<TransactWriteItem> parts, Optional<?> stored, Lock<?> oldLock, boolean written) {

  String tableName() {
    return repository.tableName();
  }

  /** After a commit: the cache holds what is stored now, or forgets what only a read can tell. */
  void committed(BatchContext context) {
    if (!written) {
      return;
    }
    if (stored != null) {
      context.loader(repository.db()).stored(repository.codec(), id, stored);
    } else {
      forget(context);
    }
  }

  /** After a failure, whose outcome may be unknown (a lost response): the next read asks. */
  void forget(BatchContext context) {
    if (written) {
      context.loader(repository.db()).evict(repository.codec(), id);
    }
  }
}
