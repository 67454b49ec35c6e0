package dev.dynabind.runtime.internal.lock;

import dev.dynabind.runtime.Lock;
import dev.dynabind.runtime.internal.table.ItemId;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * One item of an atomic write, prepared and validated: the put of the item, the conditional put
 * of its next lock version, and what the caller gets back. Internal.
 *
 * @param id identifies the item across tables, to find the same item set twice: numbers in the
 *     key compare by value, as DynamoDB compares them
 * @param tableName the table, prefix included
 * @param renderedKey the item's key for messages, such as {@code {owner=S:a, name=S:b}}
 * @param itemPut writes the item
 * @param lockPut writes the next lock version, conditioned on the old one
 * @param item the item's attributes, for the size check
 * @param lockItem the lock item's attributes, for the size check
 * @param oldLock the lock the write is conditioned on
 * @param newLock the lock that holds once the write succeeded
 * @param <K> the key type
 */
public record AtomicAction<K>(
    ItemId id,
    String tableName,
    String renderedKey,
    TransactWriteItem itemPut,
    TransactWriteItem lockPut,
    Map<String, AttributeValue> item,
    Map<String, AttributeValue> lockItem,
    Lock<K> oldLock,
    Lock<K> newLock) {}
