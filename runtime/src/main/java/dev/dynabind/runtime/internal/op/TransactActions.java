package dev.dynabind.runtime.internal.op;

import dev.dynabind.runtime.internal.table.ItemSize;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Turns the request of a single-item write into the same action of a TransactWriteItems. The
 * single-item operations ({@link PutItemOperation#save}, {@link UpdateItemOperation#returningNew},
 * {@link DeleteItemOperation}) stay the one place that compiles a table's key, item, update,
 * version check and condition into request parts; a transaction takes those parts as they are,
 * so a write means the same inside and outside a transaction.
 */
public final class TransactActions {
  private TransactActions() {}

  /**
   * The put of a PutItem request.
   *
   * @param request the request
   * @return the action
   */
  public static TransactWriteItem put(PutItemRequest request) {
    return TransactWriteItem.builder().put(Put.builder().tableName(request.tableName())
        .item(request.item()).conditionExpression(request.conditionExpression())
        .expressionAttributeNames(namesOrNull(request.expressionAttributeNames()))
        .expressionAttributeValues(valuesOrNull(request.expressionAttributeValues()))
        .returnValuesOnConditionCheckFailure(request.returnValuesOnConditionCheckFailure())
        .build()).build();
  }

  /**
   * The update of an UpdateItem request; a transaction returns no item, so the request's
   * ReturnValues is dropped.
   *
   * @param request the request
   * @return the action
   */
  public static TransactWriteItem update(UpdateItemRequest request) {
    return TransactWriteItem.builder().update(Update.builder().tableName(request.tableName())
        .key(request.key()).updateExpression(request.updateExpression())
        .conditionExpression(request.conditionExpression())
        .expressionAttributeNames(namesOrNull(request.expressionAttributeNames()))
        .expressionAttributeValues(valuesOrNull(request.expressionAttributeValues()))
        .returnValuesOnConditionCheckFailure(request.returnValuesOnConditionCheckFailure())
        .build()).build();
  }

  /**
   * The delete of a DeleteItem request.
   *
   * @param request the request
   * @return the action
   */
  public static TransactWriteItem delete(DeleteItemRequest request) {
    return TransactWriteItem.builder().delete(Delete.builder().tableName(request.tableName())
        .key(request.key()).conditionExpression(request.conditionExpression())
        .expressionAttributeNames(namesOrNull(request.expressionAttributeNames()))
        .expressionAttributeValues(valuesOrNull(request.expressionAttributeValues()))
        .returnValuesOnConditionCheckFailure(request.returnValuesOnConditionCheckFailure())
        .build()).build();
  }

  /**
   * A condition check of one item, asking for the item as it was when the condition fails.
   *
   * @param tableName the table, prefix included
   * @param key the encoded key
   * @param condition the caller's compiled condition
   * @return the action
   */
  public static TransactWriteItem check(String tableName, Map<String, AttributeValue> key,
      WriteCondition condition) {
    return TransactWriteItem.builder().conditionCheck(ConditionCheck.builder()
        .tableName(tableName).key(key).conditionExpression(condition.expression())
        .expressionAttributeNames(condition.names())
        .expressionAttributeValues(condition.valuesOrNull())
        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
        .build()).build();
  }

  /**
   * The table an action names.
   *
   * @param action the action
   * @return the table name, prefix included
   */
  public static String tableName(TransactWriteItem action) {
    return action.put() != null ? action.put().tableName()
        : action.update() != null ? action.update().tableName()
        : action.delete() != null ? action.delete().tableName()
        : action.conditionCheck().tableName();
  }

  /**
   * What an action adds to the size of its transaction, which DynamoDB caps at 4 MB: a put's
   * item, else the key, plus the expressions and their values.
   *
   * @param action the action
   * @return bytes, as {@link ItemSize} counts them
   */
  public static long size(TransactWriteItem action) {
    if (action.put() != null) {
      Put p = action.put();
      return ItemSize.of(p.item()) + expressions(p.conditionExpression(), null,
          p.expressionAttributeValues());
    }
    if (action.update() != null) {
      Update u = action.update();
      return ItemSize.of(u.key()) + expressions(u.conditionExpression(), u.updateExpression(),
          u.expressionAttributeValues());
    }
    if (action.delete() != null) {
      Delete d = action.delete();
      return ItemSize.of(d.key()) + expressions(d.conditionExpression(), null,
          d.expressionAttributeValues());
    }
    ConditionCheck c = action.conditionCheck();
    return ItemSize.of(c.key()) + expressions(c.conditionExpression(), null,
        c.expressionAttributeValues());
  }

  private static long expressions(String condition, String update,
      Map<String, AttributeValue> values) {
    return (condition == null ? 0 : condition.length()) + (update == null ? 0 : update.length())
        + (values == null ? 0 : ItemSize.of(values));
  }

  /** The SDK reports an unset map as an empty auto-construct one; DynamoDB refuses empty maps. */
  private static Map<String, String> namesOrNull(Map<String, String> names) {
    return names == null || names.isEmpty() ? null : names;
  }

  private static Map<String, AttributeValue> valuesOrNull(Map<String, AttributeValue> values) {
    return values == null || values.isEmpty() ? null : values;
  }
}
